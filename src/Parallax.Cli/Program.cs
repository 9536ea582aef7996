using Parallax.Cli;
using Spectre.Console;

// Everything the commands touch from the outside world is passed in here, so tests can run the
// whole CLI in-process with their own console, input and clock.
var context = new CliContext(
    AnsiConsole.Console,
    Console.Error,
    Console.OpenStandardInput,
    TimeProvider.System);
return await ParallaxCli.RunAsync(args, context);
