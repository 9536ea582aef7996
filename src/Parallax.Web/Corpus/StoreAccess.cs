using Parallax.Storage;

namespace Parallax.Web.Corpus;

/// <summary>
/// The one open store of the server. A SQLite connection serves one caller at a time, so every use
/// goes through <see cref="Use{T}"/>; the work done under it is short (a query, or one ingest).
/// </summary>
internal sealed class StoreAccess : IDisposable
{
    private readonly Lock _gate = new();
    private readonly ArticleStore _store;

    public StoreAccess(ParallaxWebOptions options, TimeProvider time) =>
        _store = ArticleStore.Open(options.Database, time);

    public T Use<T>(Func<ArticleStore, T> work)
    {
        lock (_gate)
        {
            return work(_store);
        }
    }

    public void Dispose() => _store.Dispose();
}
