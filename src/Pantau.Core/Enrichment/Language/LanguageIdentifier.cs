using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Text;

namespace Pantau.Core.Enrichment.Language;

/// <summary>A language decision and how sure the model was.</summary>
public readonly record struct LanguageGuess(string Language, float Confidence);

/// <summary>
/// Identifies Indonesian, English, Javanese, Sundanese and Malay from the words of a text and their character
/// 1–4-grams (with word boundaries), by a logistic regression the project trains. URLs, hashtags, mentions,
/// numbers and emoji are not read. With too little text, or no language clearly ahead, the answer is <c>und</c>.
/// On code-mixed text the dominant language wins, because every word votes through its features.
/// </summary>
public sealed class LanguageIdentifier
{
    public const string ModelName = "language";
    public const int FeatureVersion = 1;
    public const string Undetermined = "und";
    public const int Bits = 18;

    /// <summary>Below this probability for the best language, the text is undetermined.</summary>
    public const float MinimumConfidence = 0.4f;

    [ThreadStatic]
    private static FeatureVector? t_features;

    private readonly LinearModel _model;

    public LanguageIdentifier(ModelFile file)
    {
        _model = (file ?? throw new ArgumentNullException(nameof(file))).ModelFor(ModelName, FeatureVersion);
    }

    public LanguageGuess Identify(TextView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var features = t_features ??= new FeatureVector();
        if (Features(view, features) == 0)
        {
            return new LanguageGuess(Undetermined, 0);
        }

        Span<float> p = stackalloc float[_model.Classes.Count];
        _model.Predict(features, p);
        var best = LinearModel.Best(p);
        return p[best] < MinimumConfidence ? new LanguageGuess(Undetermined, p[best]) : new LanguageGuess(_model.Classes[best], p[best]);
    }

    /// <summary>Fills <paramref name="into"/> with the text's features; returns how many words were read.</summary>
    public static int Features(TextView view, FeatureVector into)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        var words = 0;
        Span<char> padded = stackalloc char[TextNormaliser.MaxTokenLength + 2];
        foreach (var word in view.Words)
        {
            var surface = word.Surface;
            if (word.Kind != TokenKind.Word || surface.Length < 2 || surface.Length > TextNormaliser.MaxTokenLength || !IsLetters(surface))
            {
                continue;
            }

            words++;
            into.Add(FeatureHash.Of('w', surface, Bits));
            padded[0] = '^';
            surface.AsSpan().CopyTo(padded[1..]);
            padded[surface.Length + 1] = '$';
            var gramText = padded[..(surface.Length + 2)];
            for (var n = 1; n <= 4; n++)
            {
                for (var i = 0; i + n <= gramText.Length; i++)
                {
                    if (n == 1 && (i == 0 || i == gramText.Length - 1))
                    {
                        continue;
                    }

                    into.Add(FeatureHash.Of((char)('0' + n), gramText.Slice(i, n), Bits), 0.5f);
                }
            }
        }

        return words;
    }

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c != '\'')
            {
                return false;
            }
        }

        return true;
    }
}
