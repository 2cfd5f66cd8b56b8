using System.Collections.Frozen;
using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Text;

namespace Pantau.Core.Enrichment.Spam;

/// <summary>
/// Spam and bot posts — gambling, illegal loans, follower selling, phishing, fake giveaways, unsolicited
/// promotions — by a logistic regression over the words as written (spam has its own spelling: "gacor",
/// "maxwin", "cair"), the link hosts, phone numbers, and the shape of the text (shouting, emoji walls, many links).
/// </summary>
public sealed class SpamClassifier
{
    public const string ModelName = "spam";
    public const int FeatureVersion = 1;
    public const int Bits = 18;
    public const float Threshold = 0.5f;
    public static readonly IReadOnlyList<string> Classes = ["ham", "spam"];

    private static readonly FrozenSet<string> Shorteners = new[]
    {
        "bit.ly", "s.id", "tinyurl.com", "wa.me", "t.me", "linktr.ee", "cutt.ly", "rb.gy", "shorturl.at", "tiny.cc", "is.gd",
        "lynk.id", "heylink.me", "api.whatsapp.com", "goo.gl",
    }.ToFrozenSet(StringComparer.Ordinal);

    [ThreadStatic]
    private static FeatureVector? t_features;

    private readonly LinearModel _model;

    public SpamClassifier(ModelFile file)
    {
        _model = (file ?? throw new ArgumentNullException(nameof(file))).ModelFor(ModelName, FeatureVersion, Classes);
    }

    /// <summary>The probability that the text is spam.</summary>
    public float Score(TextView view)
    {
        var features = t_features ??= new FeatureVector();
        Features(view, features);
        Span<float> p = stackalloc float[2];
        _model.Predict(features, p);
        return p[1];
    }

    public static void Features(TextView view, FeatureVector into)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        string? previous = null;
        var phones = 0;
        foreach (var word in view.Words)
        {
            var surface = word.Kind == TokenKind.Number ? NumberShape(word.Surface, ref phones) : word.Surface;
            into.Add(FeatureHash.Of(word.Kind == TokenKind.Hashtag ? 'h' : 'u', surface, Bits));
            if (previous is not null)
            {
                var bigram = new FeatureHash('b');
                bigram.Add(previous);
                bigram.Add(' ');
                bigram.Add(surface);
                into.Add(bigram.Bucket(Bits));
            }

            previous = surface;
        }

        var shortLinks = 0;
        foreach (var host in view.UrlHosts)
        {
            into.Add(FeatureHash.Of('w', host, Bits));
            shortLinks += Shorteners.Contains(host) ? 1 : 0;
        }

        into.AddDense("urls", MathF.Min(3, view.UrlHosts.Count), Bits);
        into.AddDense("short", MathF.Min(2, shortLinks), Bits);
        into.AddDense("phone", MathF.Min(2, phones), Bits);
        into.AddDense("emoji", MathF.Min(1, view.Emoji.Count / 6f), Bits);
        into.AddDense("tags", MathF.Min(1, view.Hashtags / 5f), Bits);
        into.AddDense("@", MathF.Min(1, view.Mentions / 4f), Bits);
        into.AddDense("!", MathF.Min(1, view.Exclamations / 4f), Bits);
        into.AddDense("caps", view.Letters >= 12 ? (float)view.UpperLetters / view.Letters : 0, Bits);
        into.AddDense("nowords", view.Words.Count == 0 ? 1 : 0, Bits);
        foreach (var emoji in view.Emoji)
        {
            into.Add(FeatureHash.Of('e', emoji, Bits));
        }
    }

    /// <summary>Numbers read by shape, not value: a phone number, a money amount or a small count.</summary>
    private static string NumberShape(string number, ref int phones)
    {
        var digits = 0;
        foreach (var c in number)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        if (digits >= 9 && (number.StartsWith('0') || number.StartsWith("62", StringComparison.Ordinal) || number.StartsWith('8')))
        {
            phones++;
            return "<phone>";
        }

        return digits switch
        {
            <= 2 => "<n2>",
            <= 4 => "<n4>",
            <= 7 => "<n7>",
            _ => "<n>",
        };
    }
}
