using Parallax.Text;

namespace Parallax.Storage.Search;

/// <summary>
/// One article matching a full-text query: a short excerpt of its text around the match and the
/// spans of the matched words inside that excerpt, best match first.
/// </summary>
public sealed record SearchHit(string ArticleId, string Title, string Snippet, IReadOnlyList<Span> Matches);
