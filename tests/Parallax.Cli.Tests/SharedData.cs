namespace Parallax.Cli.Tests;

/// <summary>
/// Finds the repository root and the shared data folder that sits beside it (../shared). Tests
/// that need shared data use <see cref="SharedDataFactAttribute"/>, which skips them with a
/// visible reason when the folder is absent rather than letting them pass silently.
/// </summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Root { get; } = FindShared();

    public static string Path(string relative) =>
        System.IO.Path.Combine(Root ?? throw new InvalidOperationException("shared data is absent"), relative);

    public static bool Has(string relative) => Root is not null && (Directory.Exists(Path(relative)) || File.Exists(Path(relative)));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Parallax.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Parallax.slnx) above " + AppContext.BaseDirectory);
    }

    private static string? FindShared()
    {
        foreach (var candidate in new[] { System.IO.Path.Combine(RepositoryRoot, "..", "shared"), System.IO.Path.Combine(RepositoryRoot, "shared") })
        {
            if (Directory.Exists(candidate))
            {
                return System.IO.Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}

/// <summary>A fact that needs a folder under ../shared; skipped, with the reason shown, when it is absent.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (!SharedData.Has(relativePath))
        {
            Skip = $"shared data '{relativePath}' is absent (expected ../shared/{relativePath} beside the repository)";
        }
    }
}
