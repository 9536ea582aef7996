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
                try
                {
                    await app.StartAsync(cancel).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or FormatException or InvalidOperationException)
                {
                    // An address in use, or a --urls value Kestrel cannot bind: a usage error, said in one line.
                    await context.Error.WriteLineAsync($"parallax: cannot listen on {parse.GetValue(urls)}: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.Usage;
                }

                await context.Error.WriteLineAsync($"Serving {parse.GetValue(db)} at {string.Join(' ', app.Urls)} (Ctrl+C stops).").ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
