using Parallax.Pipeline;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary>
/// What the commands that read stories (brief, quotes) share: the store's articles analyzed as one
/// corpus, with the same messages and exit codes when the store is empty or the story is unknown.
/// </summary>
internal sealed record StoredCorpus(CorpusAnalyzer Analyzer, CorpusAnalysis Corpus)
{
    /// <returns>The analyzed corpus, or null after reporting why not; <paramref name="exitCode"/> says how to exit then.</returns>
    public static StoredCorpus? Load(CliContext context, ArticleStore store, string? storyId, string emptyHint, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        var articles = store.LoadArticlesToCluster();
        if (articles.Count == 0)
        {
            context.Error.WriteLine($"No articles in {store.Location}. {emptyHint}");
            exitCode = ExitCodes.NothingToDo;
            return null;
        }

        var analyzer = new CorpusAnalyzer();
        var corpus = analyzer.Analyze(articles, overrides: [.. store.LoadOverrides().Select(o => o.Override)]);
        if (storyId is not null && corpus.Stories.All(s => s.Id != storyId))
        {
            context.Error.WriteLine($"No story \"{storyId}\" in {store.Location}. 'parallax stories' lists them.");
            exitCode = ExitCodes.NotFound;
            return null;
        }

        return new StoredCorpus(analyzer, corpus);
    }
}
