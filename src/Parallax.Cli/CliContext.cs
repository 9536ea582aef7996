using Spectre.Console;

namespace Parallax.Cli;

/// <summary>The outside world as the commands see it: where output and errors go, standard input, and the clock.</summary>
public sealed record CliContext(IAnsiConsole Out, TextWriter Error, Func<Stream> StandardInput, TimeProvider Time)
{
    /// <summary>Progress bars only when a person is watching a real terminal.</summary>
    public bool Interactive => Out.Profile.Capabilities.Interactive && !Console.IsErrorRedirected;
}
