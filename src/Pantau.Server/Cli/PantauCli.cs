using System.CommandLine;
using System.Reflection;
using Microsoft.Extensions.Options;
using Pantau.Data.Entities;
using Pantau.Data.Storage;
using Pantau.Server.Accounts;
using Pantau.Server.Hosting;

namespace Pantau.Server.Cli;

/// <summary>The <c>pantau</c> command line: <c>serve</c> (default), <c>migrate</c>, <c>user add</c>, <c>apikey create</c>, <c>match</c>.</summary>
public static class PantauCli
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        var parsed = root.Parse(args);
        var code = await parsed.InvokeAsync();
        // match promises 2 for everything that stops it before matching; System.CommandLine answers usage errors with 1.
        return parsed.Errors.Count > 0 && parsed.CommandResult.Command.Name == "match" ? MatchCommand.CannotRun : code;
    }

    public static string Version =>
        typeof(PantauCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static RootCommand Build()
    {
        var urls = new Option<string?>("--urls") { Description = $"Addresses to listen on (default {PantauConfiguration.DefaultUrls}); also PANTAU_URLS." };
        var root = new RootCommand("Pantau: social listening and social customer care. With no command, runs the server.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(urls);
        root.SetAction((result, ct) => ServeAsync(result, urls, ct));

        var serve = new Command("serve", "Run the server: pipeline, sources, API and web UI.") { TreatUnmatchedTokensAsErrors = false };
        serve.Options.Add(urls);
        serve.SetAction((result, ct) => ServeAsync(result, urls, ct));
        root.Subcommands.Add(serve);

        var migrate = new Command("migrate", "Apply pending database migrations and exit.") { TreatUnmatchedTokensAsErrors = false };
        migrate.SetAction((result, ct) => WithServicesAsync(result, async (services, output, token) =>
        {
            var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(token);
            var provider = services.GetRequiredService<IOptions<StorageOptions>>().Value.ProviderKind;
            await output.WriteLineAsync(applied.Count == 0
                ? $"The {provider} database is up to date."
                : $"Applied {applied.Count} migration(s) to {provider}: {string.Join(", ", applied)}");
            return 0;
        }, ct, migrateFirst: false));
        root.Subcommands.Add(migrate);

        root.Subcommands.Add(UserCommand());
        root.Subcommands.Add(ApiKeyCommand());
        MatchCommand.AddTo(root);
        TrainCommand.AddTo(root);
        AnalyzeCommand.AddTo(root);
        FeedCommand.AddTo(root);
        ContactsCommand.AddTo(root);
        return root;
    }

    private static Command UserCommand()
    {
        var email = new Option<string>("--email") { Description = "The user's e-mail address (their login).", Required = true };
        var role = new Option<WorkspaceRole>("--role") { Description = "Admin, Supervisor, Agent or Viewer.", Required = true };
        var workspace = new Option<string>("--workspace") { Description = "Workspace id, slug or name; created when it does not exist.", Required = true };
        var password = new Option<string?>("--password") { Description = "The password; generated and printed once when left out. Also PANTAU_NEW_USER_PASSWORD." };
        var add = new Command("add", "Add a user to a workspace with a role (or change their role).") { email, role, workspace, password };
        add.TreatUnmatchedTokensAsErrors = false;
        add.SetAction((result, ct) => WithServicesAsync(result, async (services, output, token) =>
        {
            var (ws, created) = await services.GetRequiredService<Workspaces>().FindOrCreateAsync(result.GetValue(workspace)!, token);
            if (created)
            {
                await output.WriteLineAsync($"Created workspace '{ws.Name}' ({ws.Slug}).");
            }

            var given = result.GetValue(password) ?? Environment.GetEnvironmentVariable("PANTAU_NEW_USER_PASSWORD");
            var (user, generated) = await services.GetRequiredService<UserAccounts>()
                .AddOrUpdateAsync(result.GetValue(email)!, given, result.GetValue(role), [ws.Id], token);
            await output.WriteLineAsync($"{user.Email} is {result.GetValue(role)} of '{ws.Name}'.");
            if (generated is not null)
            {
                await output.WriteLineAsync($"Password (shown once): {generated}");
            }

            return 0;
        }, ct));
        var user = new Command("user", "Manage users.");
        user.Subcommands.Add(add);
        return user;
    }

    private static Command ApiKeyCommand()
    {
        var workspace = new Option<string>("--workspace") { Description = "Workspace id, slug or name.", Required = true };
        var name = new Option<string>("--name") { Description = "What the key is for.", DefaultValueFactory = _ => "cli" };
        var role = new Option<WorkspaceRole>("--role") { Description = "The key's role in the workspace.", DefaultValueFactory = _ => WorkspaceRole.Admin };
        var create = new Command("create", "Create an API key for a workspace; the key is printed once.") { workspace, name, role };
        create.TreatUnmatchedTokensAsErrors = false;
        create.SetAction((result, ct) => WithServicesAsync(result, async (services, output, token) =>
        {
            var ws = await services.GetRequiredService<Workspaces>().FindAsync(result.GetValue(workspace)!, token);
            if (ws is null)
            {
                await Console.Error.WriteLineAsync($"No workspace '{result.GetValue(workspace)}'.");
                return 2;
            }

            var (_, secret) = await services.GetRequiredService<ApiKeys>().CreateAsync(ws.Id, result.GetValue(name)!, result.GetValue(role), token);
            await output.WriteLineAsync(secret);
            return 0;
        }, ct));
        var apikey = new Command("apikey", "Manage API keys.");
        apikey.Subcommands.Add(create);
        return apikey;
    }

    private static async Task<int> ServeAsync(ParseResult result, Option<string?> urls, CancellationToken cancellationToken)
    {
        var args = result.UnmatchedTokens.ToList();
        if (result.GetValue(urls) is { Length: > 0 } given)
        {
            args.Add($"--urls={given}");
        }

        try
        {
            var app = PantauServer.Build([.. args]);
            await app.RunAsync(cancellationToken);
            return 0;
        }
        catch (OptionsValidationException invalid)
        {
            await Console.Error.WriteLineAsync($"Pantau cannot start: {string.Join(" ", invalid.Failures)}");
            return 2;
        }
        catch (InvalidOperationException binding) when (binding.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The configuration binder names the setting, e.g. "… at 'Pipeline:Capacity' to type 'System.Int32'".
            await Console.Error.WriteLineAsync($"Pantau cannot start: {binding.Message}");
            return 2;
        }
    }

    /// <summary>Runs a command against the configured database, migrated first, without starting the server.</summary>
    internal static async Task<int> WithServicesAsync(
        ParseResult result, Func<IServiceProvider, TextWriter, CancellationToken, Task<int>> action, CancellationToken cancellationToken, bool migrateFirst = true)
    {
        var args = result.UnmatchedTokens.ToArray();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddPantauSources(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPantauCore();
        try
        {
            using var host = builder.Build();
            await using var scope = host.Services.CreateAsyncScope();
            // Validate options the same way the server does, so a bad setting is named here too.
            _ = scope.ServiceProvider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (migrateFirst)
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            }

            return await action(scope.ServiceProvider, Console.Out, cancellationToken);
        }
        catch (OptionsValidationException invalid)
        {
            await Console.Error.WriteLineAsync($"Invalid configuration: {string.Join(" ", invalid.Failures)}");
            return 2;
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}
