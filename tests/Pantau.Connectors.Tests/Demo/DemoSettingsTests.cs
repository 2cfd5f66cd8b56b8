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
}
