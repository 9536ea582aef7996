using System.Text;
using Spectre.Console;

namespace Parallax.Cli.Tests;

/// <summary>Runs the real CLI in-process with captured output, a fixed clock and optional standard input.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunWithInputAsync(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        var context = new CliContext(console, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)), TimeProvider.System);
        var code = await ParallaxCli.RunAsync(args, context);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static Task<Result> RunAsync(params string[] args) => RunWithInputAsync(null, args);
}
