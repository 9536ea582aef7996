using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary>Raised when a command that reads the store is pointed at a file that does not exist.</summary>
internal sealed class NoStoreException(string message) : Exception(message);

/// <summary>
/// Opens the store for commands that work on what was ingested. Opening creates the file, so a
/// mistyped --db would otherwise leave an empty store behind and report "no stories"; only
/// `ingest` (and the server, which ingests) create stores.
/// </summary>
internal static class ExistingStore
{
    public static ArticleStore Open(string path, TimeProvider time)
    {
        if (path != ArticleStore.InMemory && !File.Exists(path))
        {
            throw new NoStoreException($"{path}: no store there yet. Run 'parallax ingest PATH --db {path}' first.");
        }

        return ArticleStore.Open(path, time);
    }
}
