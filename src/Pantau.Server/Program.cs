using Pantau.Server.Cli;

return await PantauCli.RunAsync(args);
