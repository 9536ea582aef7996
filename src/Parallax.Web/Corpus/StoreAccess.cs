using System.Collections.Concurrent;
using Parallax.Storage;
using Parallax.Storage.Search;

namespace Parallax.Web.Corpus;

/// <summary>
/// The store of the server. Its one read-write connection serves one caller at a time, so every use
/// goes through <see cref="Use{T}"/>, and the work done under it is short. Searches, the one query
/// run per request, use a few read-only connections of their own so they run side by side.
/// </summary>
internal sealed class StoreAccess : IDisposable
{
    // Two cores' worth of concurrent searches and some slack; beyond that they share the writer.
    private const int MaxReaders = 4;

    private readonly Lock _gate = new();
    private readonly ArticleStore _store;
    private readonly ParallaxWebOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentBag<ArticleStore> _readers = [];
    private int _readerCount;

    public StoreAccess(ParallaxWebOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _store = ArticleStore.Open(options.Database, time);
    }

    public T Use<T>(Func<ArticleStore, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            return work(_store);
        }
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        if (_options.Database == ArticleStore.InMemory || !TryRentReader(out var reader))
        {
            return Use(s => s.Search(query, limit));
        }

        try
        {
            return reader.Search(query, limit);
        }
        finally
        {
            _readers.Add(reader);
        }
    }

    public void Dispose()
    {
        _store.Dispose();
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private bool TryRentReader(out ArticleStore reader)
    {
        if (_readers.TryTake(out reader!))
        {
            return true;
        }

        if (Interlocked.Increment(ref _readerCount) > MaxReaders)
        {
            Interlocked.Decrement(ref _readerCount);
            return false;
        }

        try
        {
            reader = ArticleStore.OpenReader(_options.Database, _time);
            return true;
        }
        catch
        {
            Interlocked.Decrement(ref _readerCount);
            throw;
        }
    }
}
