using System.CommandLine;
using System.Globalization;
using System.Text;
using Pantau.Server.Accounts;
using Pantau.Server.Contacts;

namespace Pantau.Server.Cli;

/// <summary>
/// <c>pantau contacts import FILE --workspace SLUG_OR_ID [--match customer_id|email|handle] [--dry-run]</c>: contacts from
/// a CRM's CSV export, streamed and saved in batches. Exit 0 when the file was read (rejected rows are listed with their
/// lines), 1 when it cannot be read (missing, no usable header), 2 for wrong arguments.
/// </summary>
public static class ContactsCommand
{
    public const int Unreadable = 1;
    public const int BadArguments = 2;

    public static void AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var file = new Argument<string?>("FILE")
        {
            Description = "The CSV file (UTF-8, header row; '-' for standard input). Columns customer_id, email, name, network, handle, "
                + "vip (true/false, 1/0, yes/no, ya/tidak) and tags (separated by ';'); any other column becomes a custom field.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var workspace = new Option<string?>("--workspace") { Description = "Workspace id or slug (required)." };
        var match = new Option<string?>("--match")
        {
            Description = "Match existing contacts only by customer_id, email or handle (default: customer id, else e-mail, else network and handle).",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and check everything and print what would change; write nothing." };
        var import = new Command("import", "Import contacts (customer id, e-mail, accounts, VIP, tags, custom fields) from a CRM's CSV export.")
        {
            file, workspace, match, dryRun,
        };
        import.TreatUnmatchedTokensAsErrors = false;
        import.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file);
            var slug = result.GetValue(workspace);
            if (string.IsNullOrWhiteSpace(path) || string.IsNullOrWhiteSpace(slug))
            {
                await Console.Error.WriteLineAsync("Usage: pantau contacts import FILE --workspace SLUG_OR_ID [--match customer_id|email|handle] [--dry-run]");
                return BadArguments;
            }

            if (!ContactEndpoints.TryParseMatch(result.GetValue(match), out var matchBy))
            {
                await Console.Error.WriteLineAsync($"--match must be customer_id, email or handle, not '{result.GetValue(match)}'.");
                return BadArguments;
            }

            TextReader reader;
            try
            {
                reader = path == "-"
                    ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true)
                    : new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous),
                        Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                await Console.Error.WriteLineAsync($"{path}: cannot be read: {e.Message}");
                return Unreadable;
            }

            using (reader)
            {
                return await PantauCli.WithServicesAsync(result, (services, output, token) =>
                    RunAsync(services, slug, path, reader, matchBy, result.GetValue(dryRun), output, token), ct);
            }
        });

        var contacts = new Command("contacts", "Work with customer profiles.");
        contacts.Subcommands.Add(import);
        root.Subcommands.Add(contacts);
    }

    private static async Task<int> RunAsync(IServiceProvider services, string slug, string path, TextReader reader, ImportMatch match, bool dryRun,
        TextWriter output, CancellationToken cancellationToken)
    {
        var workspace = await services.GetRequiredService<Workspaces>().FindAsync(slug, cancellationToken);
        if (workspace is null)
        {
            await Console.Error.WriteLineAsync($"No workspace '{slug}'.");
            return BadArguments;
        }

        var import = ActivatorUtilities.CreateInstance<ContactImport>(services);
        ContactImportSummary summary;
        try
        {
            summary = await import.ImportAsync(workspace.Id, reader, match, dryRun, null, cancellationToken);
        }
        catch (ContactImportException unreadable)
        {
            await Console.Error.WriteLineAsync($"{path}:{unreadable.Line}: {unreadable.Problem}");
            return Unreadable;
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"{path}: cannot be read: {e.Message}");
            return Unreadable;
        }

        await output.WriteLineAsync(Format(summary, path, workspace.Name));
        return 0;
    }

    public static string Format(ContactImportSummary summary, string path, string workspaceName)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{(summary.DryRun ? "Dry run (nothing was written): " : "")}{path} into '{workspaceName}'");
        text.AppendLine(c, $"  read      {summary.Read}");
        text.AppendLine(c, $"  matched   {summary.Matched}");
        text.AppendLine(c, $"  created   {summary.Created}");
        text.AppendLine(c, $"  updated   {summary.Updated}");
        text.Append(c, $"  rejected  {summary.Rejected}");
        foreach (var rejection in summary.Rejections)
        {
            text.AppendLine().Append(c, $"    line {rejection.Line}: {rejection.Reason}");
        }

        if (summary.Rejected > summary.Rejections.Count)
        {
            text.AppendLine().Append(c, $"    … and {summary.Rejected - summary.Rejections.Count} more");
        }

        foreach (var warning in summary.Warnings)
        {
            text.AppendLine().Append(c, $"  note: line {warning.Line}: {warning.Reason}");
        }

        return text.ToString();
    }
}
