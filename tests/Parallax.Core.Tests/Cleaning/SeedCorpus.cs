namespace Parallax.Core.Tests.Cleaning;

/// <summary>Finds the shared seed corpus by walking up from the test binaries; null when it is absent.</summary>
internal static class SeedCorpus
{
    public static string? FindSeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared"), Path.Combine(dir.FullName, "..", "shared") })
            {
                var seeds = Path.Combine(candidate, "corpus", "seeds");
                if (Directory.Exists(seeds))
                {
                    return Path.GetFullPath(seeds);
                }
            }
        }

        return null;
    }

    public static IEnumerable<object[]> Files()
    {
        var seeds = FindSeedsDirectory();
        return seeds is null
            ? []
            : Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });
    }
}

/// <summary>A theory over the seed reports; skipped, with the reason shown, when ../shared is absent (never an empty pass or a "no data" failure).</summary>
internal sealed class SeedCorpusTheoryAttribute : TheoryAttribute
{
    public SeedCorpusTheoryAttribute()
    {
        if (SeedCorpus.FindSeedsDirectory() is null)
        {
            Skip = "shared data 'corpus/seeds' is absent (expected ../shared/corpus/seeds beside the repository)";
        }
    }
}
