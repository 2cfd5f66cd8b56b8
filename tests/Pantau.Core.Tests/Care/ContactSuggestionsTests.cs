using Pantau.Core.Care;

namespace Pantau.Core.Tests.Care;

public sealed class ContactSuggestionsTests
{
    private const string AniAvatar = "https://cdn.example.net/avatars/ani-123.jpg";

    [Fact]
    public void The_same_email_trimmed_and_in_any_case_suggests_a_merge()
    {
        var ani = Contact(1, Account("x", "ani", email: " Ani@Example.com "));
        var other = Contact(2, Account("instagram", "ani.lestari", email: "ani@example.COM"));

        var suggestion = Assert.Single(ContactSuggestions.For(ani, [other]));

        Assert.Equal(new ContactSuggestion(1, 2, SuggestionReason.SameEmail, "ani@example.com"), suggestion);
    }

    [Fact]
    public void Different_or_placeholder_emails_suggest_nothing()
    {
        var ani = Contact(1, Account("x", "ani", email: "ani@example.com"), Account("x", "ani2", email: "-"));

        Assert.Empty(ContactSuggestions.For(ani, [Contact(2, Account("x", "budi", email: "budi@example.com"))]));
        Assert.Empty(ContactSuggestions.For(ani, [Contact(3, Account("x", "budi", email: "-"))]));
        Assert.Empty(ContactSuggestions.For(ani, [Contact(4, Account("x", "budi", email: "  "))]));
    }

    [Fact]
    public void Folded_display_names_and_the_same_avatar_without_query_suggest_a_merge()
    {
        var ani = Contact(1, Account("x", "ani", name: "Ani Lestari", avatar: AniAvatar + "?size=48&sig=abc"));
        var other = Contact(2, Account("facebook", "ani.lestari.9", name: "  ANI  LÉSTARI ", avatar: AniAvatar + "?size=200"));

        var suggestion = Assert.Single(ContactSuggestions.For(ani, [other]));

        Assert.Equal(new ContactSuggestion(1, 2, SuggestionReason.SameNameAndAvatar, "\"Ani Lestari\", same avatar"), suggestion);
    }

    [Fact]
    public void Names_need_the_same_avatar_and_avatars_the_same_name()
    {
        var ani = Contact(1, Account("x", "ani", name: "Ani Lestari", avatar: AniAvatar));

        Assert.Empty(ContactSuggestions.For(ani, [Contact(2, Account("x", "a2", name: "Ani Lestari", avatar: "https://cdn.example.net/avatars/other.jpg"))]));
        Assert.Empty(ContactSuggestions.For(ani, [Contact(3, Account("x", "a3", name: "Ani Lestary", avatar: AniAvatar))]));
        Assert.Empty(ContactSuggestions.For(ani, [Contact(4, Account("x", "a4", name: "Ani Lestari", avatar: null))]));
    }

    [Fact]
    public void Blank_short_names_and_default_avatars_suggest_nothing()
    {
        const string Default = "https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png";

        Assert.Empty(ContactSuggestions.For(Contact(1, Account("x", "a", name: " ", avatar: AniAvatar)), [Contact(2, Account("x", "b", name: "", avatar: AniAvatar))]));
        Assert.Empty(ContactSuggestions.For(Contact(1, Account("x", "a", name: "A", avatar: AniAvatar)), [Contact(2, Account("x", "b", name: "a", avatar: AniAvatar))]));
        Assert.Empty(ContactSuggestions.For(Contact(1, Account("x", "a", name: "Budi", avatar: Default)), [Contact(2, Account("x", "b", name: "Budi", avatar: Default))]));
        // Emoji-only names fold to themselves and count.
        Assert.Single(ContactSuggestions.For(Contact(1, Account("x", "a", name: "🌸🌸", avatar: AniAvatar)), [Contact(2, Account("x", "b", name: "🌸🌸", avatar: AniAvatar))]));
    }

    [Theory]
    [InlineData("IG: @Ani_Lestari", "ani_lestari", "instagram", null, "@Ani_Lestari")]
    [InlineData("follow me at instagram.com/ani_lestari ✨", "ani_lestari", "instagram", null, "instagram.com/ani_lestari")]
    [InlineData("https://www.Instagram.com/ani_lestari/", "ani_lestari", "instagram", null, "Instagram.com/ani_lestari")]
    [InlineData("tiktok.com/@anilestari", "anilestari", "tiktok", null, "tiktok.com/@anilestari")]
    [InlineData("also on twitter.com/ani", "ani", "x", null, "twitter.com/ani")]
    [InlineData("toots: mastodon.social/@ani", "ani", "mastodon", "https://mastodon.social/@ani", "mastodon.social/@ani")]
    [InlineData("Ig @ani.", "ani", "instagram", null, "@ani")] // a full stop ends the handle
    [InlineData("(@ani) jualan kue", "ani", "instagram", null, "@ani")]
    public void A_bio_pointing_at_an_account_suggests_a_merge(string bio, string handle, string network, string? profileUrl, string found)
    {
        var me = Contact(1, Account("x", "anil", bio: bio));
        var other = Contact(2, Account(network, handle, profile: profileUrl));

        var suggestion = Assert.Single(ContactSuggestions.For(me, [other]));

        Assert.Equal(SuggestionReason.LinkInBio, suggestion.Reason);
        Assert.Equal($"x @anil bio: {found}", suggestion.Evidence);
    }

    [Theory]
    [InlineData("IG: @ani_s")] // a longer handle
    [InlineData("IG: @ani.s")]
    [InlineData("IG: @ani-s")]
    [InlineData("mail ani@example.com")] // an e-mail address is not a mention of @example
    [InlineData("instagram.com/ani_s")]
    [InlineData("fedex.com/ani")] // not x.com
    [InlineData("mastodon: @ani@mastodon.social")] // another network's ani
    [InlineData("ani tanpa at")]
    [InlineData("")]
    public void A_bio_naming_someone_else_suggests_nothing(string bio)
    {
        var me = Contact(1, Account("x", "anil", bio: bio));
        Assert.Empty(ContactSuggestions.For(me, [Contact(2, Account("x", "ani")), Contact(3, Account("x", "example", email: null))]));
    }

    [Fact]
    public void The_other_contacts_bio_counts_too()
    {
        var me = Contact(1, Account("x", "ani"));
        var other = Contact(2, Account("instagram", "ani.lestari", bio: "Twitter: @ani"));

        var suggestion = Assert.Single(ContactSuggestions.For(me, [other]));

        Assert.Equal(new ContactSuggestion(1, 2, SuggestionReason.LinkInBio, "instagram @ani.lestari bio: @ani"), suggestion);
    }

    [Fact]
    public void One_suggestion_per_other_and_reason_strongest_first_never_itself()
    {
        var me = Contact(
            1,
            Account("x", "ani", name: "Ani", avatar: AniAvatar, email: "ani@example.com", bio: "IG @ani.l"),
            Account("facebook", "ani.fb", name: "Ani", avatar: AniAvatar, email: "ani@example.com"));
        var byName = Contact(2, Account("tiktok", "anitok", name: "ani", avatar: AniAvatar));
        var byAll = Contact(3, Account("instagram", "ani.l", name: "Ani", avatar: AniAvatar, email: "ANI@example.com"), Account("x", "ani_alt", email: "ani@example.com"));
        var byEmail = Contact(4, Account("x", "zz", email: "ani@example.com"));

        var suggestions = ContactSuggestions.For(me, [byName, me, byAll, byEmail, byAll]);

        Assert.Equal(
            [(3L, SuggestionReason.SameEmail), (4L, SuggestionReason.SameEmail), (3L, SuggestionReason.LinkInBio),
             (2L, SuggestionReason.SameNameAndAvatar), (3L, SuggestionReason.SameNameAndAvatar)],
            suggestions.Select(s => (s.OtherContactId, s.Reason)));
        Assert.All(suggestions, s => Assert.Equal(1, s.ContactId));
    }

    [Fact]
    public void A_contact_with_no_accounts_gets_no_suggestions()
    {
        Assert.Empty(ContactSuggestions.For(new ContactCandidate(1, []), [Contact(2, Account("x", "ani", email: "a@b.c"))]));
        Assert.Empty(ContactSuggestions.For(Contact(1, Account("x", "ani", email: "a@b.c")), []));
    }

    private static ContactCandidate Contact(long id, params ContactAccount[] accounts) => new(id, accounts);

    private static ContactAccount Account(
        string network, string handle, string? name = null, string? avatar = null, string? bio = null, string? email = null, string? profile = null) =>
        new(network, handle, name, avatar, bio, email, profile);
}
