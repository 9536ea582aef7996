using Parallax.Pipeline;
using Parallax.Storage;

namespace Parallax.Web.Corpus;

/// <summary>
/// Holds the analysis of the whole store, computed once per store change: requests read an
/// immutable snapshot, an ingest through the API replaces it, and a commit by another process
/// (a 'parallax ingest' while the server runs) is noticed through SQLite's data_version.
/// </summary>
internal sealed class CorpusCache(StoreAccess store)
{
    private readonly Lock _gate = new();
    private readonly CorpusAnalyzer _analyzer = new();
    private CorpusSnapshot? _snapshot;
    private long _version = -1;

    public CorpusSnapshot Current
    {
        get
        {
            var version = store.Use(s => s.DataVersion);
            var snapshot = Volatile.Read(ref _snapshot);
            if (snapshot is not null && version == Volatile.Read(ref _version))
            {
                return snapshot;
            }

            lock (_gate)
            {
                if (_snapshot is null || version != _version)
                {
                    var (articles, overrides) = store.Use(s => (s.LoadArticlesToCluster(), s.LoadOverrides()));
                    var corpus = _analyzer.Analyze(articles, overrides: [.. overrides.Select(o => o.Override)]);
                    Replace(corpus, version);
                }

                return _snapshot!;
            }
        }
    }

    /// <summary>
    /// Runs a write against the store and, when it changed something, re-clusters the stories and
    /// makes the new analysis current before returning. Locks are always taken in the same order
    /// (this cache, then the store) so a write never deadlocks with a reader rebuilding the cache.
    /// </summary>
    public T Write<T>(Func<ArticleStore, T> write, Func<T, bool> changed)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(changed);
        lock (_gate)
        {
            return store.Use(s =>
            {
                var result = write(s);
                if (changed(result))
                {
                    Replace(StoryRefresher.Refresh(s, _analyzer), s.DataVersion);
                }

                return result;
            });
        }
    }

    private void Replace(CorpusAnalysis corpus, long version)
    {
        Volatile.Write(ref _snapshot, new CorpusSnapshot(corpus, _analyzer.Brief(corpus)));
        Volatile.Write(ref _version, version);
    }
}
