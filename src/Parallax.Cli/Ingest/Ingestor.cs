using Parallax.Articles;
using Parallax.Cleaning;
using Parallax.Storage;

namespace Parallax.Cli.Ingest;

/// <summary>What an ingest run did: every input is counted exactly once.</summary>
internal sealed record IngestResult(int Read, int Added, int AlreadyStored, int Failed);

/// <summary>
/// Reads inputs, cleans them into articles and stores them in batches. A bad input is reported and
/// skipped; it never stops the run, and a batch is written in one transaction so an interrupted
/// run leaves only whole batches behind (re-running it then adds just the rest).
/// </summary>
internal sealed class Ingestor(ArticleStore store, ArticlePreparer preparer)
{
    private const int BatchSize = 200;

    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Fetches URLs given as inputs; without one, a URL input is reported as unavailable.</summary>
    public WebPageFetcher? Fetcher { get; init; }

    public IngestResult Ingest(IReadOnlyList<string> files, Action<string, string> onError, Action<int>? onFileDone = null)
    {
        var batch = new List<Article>();
        int read = 0, added = 0, failed = 0;
        for (var f = 0; f < files.Count; f++)
        {
            foreach (var item in InputCollector.Read(files[f], StandardInput, Fetcher))
            {
                if (item.Input is null)
                {
                    failed++;
                    onError(item.Source, item.Error ?? "unreadable");
                    continue;
                }

                try
                {
                    batch.Add(preparer.Prepare(item.Input));
                    read++;
                }
                catch (ArticleRejectedException e)
                {
                    failed++;
                    onError(item.Source, e.Message);
                }

                if (batch.Count >= BatchSize)
                {
                    added += Flush(batch);
                }
            }

            onFileDone?.Invoke(f + 1);
        }

        added += Flush(batch);
        return new IngestResult(read, added, read - added, failed);
    }

    private int Flush(List<Article> batch)
    {
        // Two inputs with the same text in one batch are one article; the store's id conflict handling covers
        // repeats across batches and runs.
        var count = store.AddArticles(batch.DistinctBy(a => a.Id));
        batch.Clear();
        return count;
    }
}
