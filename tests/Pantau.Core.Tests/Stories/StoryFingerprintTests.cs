using Pantau.Core.Stories;

namespace Pantau.Core.Tests.Stories;

public sealed class StoryFingerprintTests
{
    private const string Complaint = "Saya sudah 3 minggu menunggu refund dari Rajawali Air untuk penerbangan yang dibatalkan. CS hanya bilang sabar.";

    [Theory]
    [InlineData("RT @dimas_pr: " + Complaint)]
    [InlineData(Complaint + " #rajawaliair 😡 https://warta.example/a/b?utm_source=x")]
    [InlineData("SAYA SUDAH 3 MINGGU MENUNGGU REFUND DARI RAJAWALI AIR UNTUK PENERBANGAN YANG DIBATALKAN!!! CS HANYA BILANG SABARRRR")]
    [InlineData("---------- Forwarded message ---------\nFrom: Budi <budi@mail.example>\nDate: Sen, 12 Mei 2026\nSubject: Fwd: refund Rajawali Air\nTo: milis@groups.example\n\n> Saya sudah 3 minggu menunggu refund dari Rajawali Air untuk penerbangan yang dibatalkan.\n> CS hanya bilang sabar.\n\n-- \nSalam,\nBudi\nSent from my iPhone")]
    [InlineData("Begin forwarded message:\n\nFrom: Budi\nSubject: Fw: refund\n\n" + Complaint)]
    public void Reshares_forwards_and_case_or_tag_changes_fingerprint_like_the_original(string copy)
    {
        var original = new StoryFingerprint();
        original.Compute(Complaint);
        var other = new StoryFingerprint();
        other.Compute(copy);

        Assert.Equal(1.0, StoryFingerprint.EstimateJaccard(original.Signature, other.Signature));
        Assert.Equal(original.ShingleCount, other.ShingleCount);
    }

    [Fact]
    public void Header_lines_outside_a_forward_are_text()
    {
        var withHeader = new StoryFingerprint();
        withHeader.Compute("Pengumuman\nTo: semua pelanggan NusaHome di Bandung");
        var without = new StoryFingerprint();
        without.Compute("Pengumuman\nsemua pelanggan NusaHome di Bandung");

        Assert.True(StoryFingerprint.EstimateJaccard(withHeader.Signature, without.Signature) < 1);
    }

    [Fact]
    public void Content_words_leave_out_stop_words_handles_tags_and_links()
    {
        var fingerprint = new StoryFingerprint();
        fingerprint.Compute("@nusantel_care makasih ya kak, udah bisa lagi #mantap https://x.example/a");

        Assert.Equal(0, fingerprint.ContentWords);
        Assert.Equal(["x.example/a"], fingerprint.Links);
    }
}
