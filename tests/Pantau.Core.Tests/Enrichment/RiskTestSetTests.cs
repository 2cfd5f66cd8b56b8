using System.Globalization;
using System.Text.Json;
using Pantau.Core.Enrichment;
using Pantau.Core.Text;

namespace Pantau.Core.Tests.Enrichment;

/// <summary>
/// Reports <see cref="RiskDetector"/>'s precision and recall on the hand-labelled test set and fails when they fall
/// below a modest floor, so that a regression shows. The set is for reporting only (data/testset/README.md): never
/// tune the lexicon to it, and do not print its posts here.
/// </summary>
/// <remarks>
/// Measured when the detector was written (454 posts; the lexicon was frozen before the first run and not changed
/// after): legal precision 1.000 (19/19), recall 1.000 (19/19); viral precision 1.000 (18/18), recall 1.000 (18/18);
/// safety precision 0.950 (19/20), recall 0.576 (19/33). Safety recall is below the 0.6 target, so its floor is 0.5
/// until it is improved on a separate dev set; raise it then.
/// </remarks>
public sealed class RiskTestSetTests
{
    private const double Floor = 0.6;
    private const double SafetyRecallFloor = 0.5;

    [Fact]
    public void Precision_and_recall_per_signal_stay_above_the_floor()
    {
        var counts = new Dictionary<RiskSignals, (int TruePositive, int FalsePositive, int FalseNegative)>
        {
            [RiskSignals.Legal] = default,
            [RiskSignals.Viral] = default,
            [RiskSignals.Safety] = default,
        };
        var posts = 0;
        foreach (var line in File.ReadLines(RepositoryFiles.TestSet()))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString() ?? "";
            var labelled = RiskSignals.None;
            foreach (var label in json.RootElement.GetProperty("risk").EnumerateArray())
            {
                labelled |= Enum.Parse<RiskSignals>(label.GetString() ?? "", ignoreCase: true);
            }

            var detected = RiskDetector.Detect(TextNormaliser.Tokenise(text)).Signals;
            posts++;
            foreach (var signal in counts.Keys.ToList())
            {
                var (tp, fp, fn) = counts[signal];
                var truth = labelled.HasFlag(signal);
                var found = detected.HasFlag(signal);
                counts[signal] = (tp + (truth && found ? 1 : 0), fp + (!truth && found ? 1 : 0), fn + (truth && !found ? 1 : 0));
            }
        }

        Assert.True(posts > 400, $"{posts} posts read");
        var failures = new List<string>();
        foreach (var (signal, (tp, fp, fn)) in counts)
        {
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            var line = string.Create(CultureInfo.InvariantCulture, $"{signal}: precision {precision:F3} ({tp}/{tp + fp}), recall {recall:F3} ({tp}/{tp + fn})");
            TestContext.Current.TestOutputHelper?.WriteLine(line);
            if (precision < Floor || recall < (signal == RiskSignals.Safety ? SafetyRecallFloor : Floor))
            {
                failures.Add(line);
            }
        }

        Assert.True(failures.Count == 0, "Below the floor: " + string.Join("; ", failures));
    }
}
