using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Parallax.Web;

namespace Parallax.Cli.Commands;

/// <summary>`parallax serve`: the web UI and REST API over the store, on loopback unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, as URLs separated by ';'. Beyond loopback, POST ingest needs {ParallaxWebOptions.TokenVariable} to be set.",
            DefaultValueFactory = _ => ParallaxWebApp.DefaultUrl,
            HelpName = "URL",
        };
        var command = new Command("serve", "Serve the store over HTTP: web pages, a REST API under /api and its OpenAPI document.") { db, urls };
        command.SetAction(async (parse, cancel) =>
        {
            var app = ParallaxWebApp.Build([$"--{ParallaxWebOptions.Section}:Database={parse.GetValue(db)}", $"--urls={parse.GetValue(urls)}"]);
            await using (app.ConfigureAwait(false))
            {
                await context.Error.WriteLineAsync($"Serving {parse.GetValue(db)} at {parse.GetValue(urls)} (Ctrl+C stops).").ConfigureAwait(false);
                await app.StartAsync(cancel).ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
