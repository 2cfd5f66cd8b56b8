using System.Text.Json;
using Pantau.Connectors.Demo;

namespace Pantau.Connectors.Tests.Demo;

public sealed class DemoSettingsTests
{
    private static DemoSettings From(string json)
    {
        using var document = JsonDocument.Parse(json);
        return DemoSettings.From(document.RootElement.Clone());
    }

    [Fact]
    public void Defaults_apply_to_an_empty_object()
    {
        Assert.Equal(new DemoSettings(DemoSettings.DefaultSpeed, Loop: true), From("{}"));
    }

    [Fact]
    public void Defaults_apply_when_there_are_no_settings_at_all()
    {
        Assert.Equal(new DemoSettings(DemoSettings.DefaultSpeed, Loop: true), DemoSettings.From(default));
        Assert.Equal(new DemoSettings(DemoSettings.DefaultSpeed, Loop: true), From("null"));
        Assert.Equal(new DemoSettings(DemoSettings.DefaultSpeed, Loop: true), From("""{"speed":null}"""));
    }

    [Theory]
    [InlineData("""{"speed":0}""", 0.0)]
    [InlineData("""{"speed":1}""", 1.0)]
    [InlineData("""{"speed":2.5}""", 2.5)]
    [InlineData("""{"speed":"60"}""", 60.0)]
    [InlineData("""{"speed":"0.5"}""", 0.5)]
    public void Speed_is_read_from_a_number_or_a_string(string json, double expected)
    {
        Assert.Equal(expected, From(json).Speed);
    }

    [Fact]
    public void Speed_zero_means_as_fast_as_possible()
    {
        var settings = From("""{"speed":0,"loop":false}""");

        Assert.Equal(0, settings.Speed);
        Assert.False(settings.Loop);
    }

    [Theory]
    [InlineData("""{"loop":false}""", false)]
    [InlineData("""{"loop":true}""", true)]
    [InlineData("""{"loop":null}""", true)]
    public void Loop_is_on_unless_turned_off(string json, bool expected)
    {
        Assert.Equal(expected, From(json).Loop);
    }

    [Theory]
    [InlineData("""{"speed":-1}""")]
    [InlineData("""{"speed":-0.001}""")]
    [InlineData("""{"speed":"-5"}""")]
    [InlineData("""{"speed":"NaN"}""")]
    [InlineData("""{"speed":"Infinity"}""")]
    public void A_negative_or_non_finite_speed_is_an_error_naming_the_setting(string json)
    {
        var error = Assert.Throws<ArgumentException>(() => From(json));

        Assert.Contains("'speed'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"speed":"fast"}""")]
    [InlineData("""{"speed":""}""")]
    [InlineData("""{"speed":true}""")]
    [InlineData("""{"speed":[1]}""")]
    public void A_speed_that_is_not_a_number_is_an_error_naming_the_setting(string json)
    {
        var error = Assert.Throws<ArgumentException>(() => From(json));

        Assert.Contains("'speed'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_answers_a_reply_after_twenty_seconds_by_default()
    {
        Assert.Equal(DemoSettings.DefaultReplyAnswerSeconds, From("{}").ReplyAnswerSeconds);
        Assert.Equal(20, DemoSettings.DefaultReplyAnswerSeconds);
        Assert.Equal(20, From("""{"replyAnswerSeconds":null}""").ReplyAnswerSeconds);
    }

    [Theory]
    [InlineData("""{"replyAnswerSeconds":0}""", 0.0)]
    [InlineData("""{"replyAnswerSeconds":7.5}""", 7.5)]
    [InlineData("""{"replyAnswerSeconds":"90"}""", 90.0)]
    [InlineData("""{"replyAnswerSeconds":86400}""", 86400.0)]
    public void Reply_answer_seconds_are_read_from_a_number_or_a_string(string json, double expected)
    {
        Assert.Equal(expected, From(json).ReplyAnswerSeconds);
    }

    [Theory]
    [InlineData("""{"speed":4,"replyAnswerSeconds":20}""", 5.0)]
    [InlineData("""{"speed":0.5,"replyAnswerSeconds":20}""", 40.0)]
    [InlineData("""{"speed":0,"replyAnswerSeconds":20}""", 20.0)]
    [InlineData("""{"speed":4,"replyAnswerSeconds":0}""", 0.0)]
    public void The_answer_delay_is_sped_up_like_the_replay(string json, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), From(json).ReplyAnswerDelay);
    }

    [Fact]
    public void The_answer_delay_stays_bounded_however_slow_the_replay()
    {
        Assert.Equal(TimeSpan.FromDays(365), From("""{"speed":1e-12,"replyAnswerSeconds":86400}""").ReplyAnswerDelay);
    }

    [Theory]
    [InlineData("""{"replyAnswerSeconds":-1}""")]
    [InlineData("""{"replyAnswerSeconds":86401}""")]
    [InlineData("""{"replyAnswerSeconds":"NaN"}""")]
    [InlineData("""{"replyAnswerSeconds":"soon"}""")]
    [InlineData("""{"replyAnswerSeconds":true}""")]
    public void A_bad_reply_answer_delay_is_an_error_naming_the_setting(string json)
    {
        var error = Assert.Throws<ArgumentException>(() => From(json));

        Assert.Contains("'replyAnswerSeconds'", error.Message, StringComparison.Ordinal);
    }
}
