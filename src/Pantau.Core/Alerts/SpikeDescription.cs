using System.Globalization;
using Pantau.Core.Enrichment;

namespace Pantau.Core.Alerts;

/// <summary>The sentence an alert shows for a spike, in English or Indonesian (any "id" culture), numbers in that culture.</summary>
public static class SpikeDescription
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // Fixed here rather than taken from the culture data, which differs between ICU versions.
    private static readonly string[] IndonesianDays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    /// <summary>"Negative mentions of Nusantel are 6.2× the usual for a Tuesday 10:00" / "Mention negatif Nusantel 6,2× dari biasanya untuk Selasa 10.00".</summary>
    public static string Text(string seriesLabel, Sentiment? sentiment, SpikeReading reading, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(culture);
        var hour = reading.LocalHour.ToString("00", CultureInfo.InvariantCulture);
        if (culture.TwoLetterISOLanguageName == "id")
        {
            var word = sentiment switch
            {
                Sentiment.Negative => " negatif",
                Sentiment.Positive => " positif",
                Sentiment.Neutral => " netral",
                _ => string.Empty,
            };
            var ratio = reading.Ratio.ToString("0.0", Indonesian);
            return $"Mention{word} {seriesLabel} {ratio}× dari biasanya untuk {IndonesianDays[(int)reading.LocalDay]} {hour}.00";
        }

        var subject = sentiment switch
        {
            Sentiment.Negative => "Negative mentions",
            Sentiment.Positive => "Positive mentions",
            Sentiment.Neutral => "Neutral mentions",
            _ => "Mentions",
        };
        return $"{subject} of {seriesLabel} are {reading.Ratio.ToString("0.0", English)}× the usual for a {reading.LocalDay} {hour}:00";
    }
}
