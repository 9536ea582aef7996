using System.CommandLine;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary>Options shared by several commands, defined once so their names and help agree everywhere.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "parallax.db";

    public static Option<string> Database() => new("--db")
    {
        Description = $"The store: a SQLite file (created if missing), or {ArticleStore.InMemory} for a throwaway store.",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "FILE",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Print nothing but errors and the requested output.",
    };

    public static Argument<string[]> Paths(string description) => new("PATH")
    {
        Description = description,
        Arity = ArgumentArity.ZeroOrMore,
    };
}
