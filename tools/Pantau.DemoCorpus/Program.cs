using System.Globalization;
using System.Text;

namespace Pantau.DemoCorpus;

internal static class Program
{
    private const string Usage =
        "usage: Pantau.DemoCorpus <output.jsonl>                 generate the corpus, then validate it\n" +
        "       Pantau.DemoCorpus --check <file.jsonl> [--sample N]  validate an existing corpus and print N random lines";

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var sample = 0;
        var sampleIdx = Array.IndexOf(args, "--sample");
        if (sampleIdx >= 0)
        {
            if (sampleIdx + 1 >= args.Length || !int.TryParse(args[sampleIdx + 1], NumberStyles.None, CultureInfo.InvariantCulture, out sample))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            args = args.Where((_, i) => i != sampleIdx && i != sampleIdx + 1).ToArray();
        }

        if (args.Length == 2 && args[0] == "--check")
        {
            return Checker.Run(args[1], sample, Console.Out) == 0 ? 0 : 1;
        }

        if (args.Length != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var path = args[0];
        var gen = new Generator();
        var posts = gen.Generate();
        var sb = new StringBuilder(posts.Count * 600);
        foreach (var p in posts)
        {
            sb.Append(JsonLine.Write(p)).Append('\n');
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"wrote {posts.Count.ToString(CultureInfo.InvariantCulture)} posts to {path} (seed {Generator.Seed.ToString(CultureInfo.InvariantCulture)}, {gen.TemplateCount.ToString(CultureInfo.InvariantCulture)} distinct base templates)");
        return Checker.Run(path, sample, Console.Out) == 0 ? 0 : 1;
    }
}
