namespace Parallax.Cli;

/// <summary>The process exit codes, documented in the README and in <c>parallax --help</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran, but some inputs could not be ingested (each was reported on stderr).</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was invalid.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be opened or written.</summary>
    public const int StoreError = 3;

    /// <summary>The story (or other item) asked for does not exist.</summary>
    public const int NotFound = 4;

    /// <summary>There was nothing to work on: no articles in the store and none given.</summary>
    public const int NothingToDo = 5;

    public const string Description =
        "Exit codes: 0 success; 1 some inputs failed (each reported on stderr); 2 invalid command line; " +
        "3 store error; 4 story not found; 5 no articles to work on.";
}
