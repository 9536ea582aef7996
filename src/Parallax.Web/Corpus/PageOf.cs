namespace Parallax.Web.Corpus;

/// <summary>One page of a longer list: the items, where they sit, and how many there are in all.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : ((Total - 1) / PageSize) + 1;
}

/// <summary>The paging parameters every list endpoint shares (?page=&amp;pageSize=).</summary>
internal static class Paging
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>Validation errors for the paging parameters, keyed by parameter name; empty when valid.</summary>
    public static Dictionary<string, string[]> Check(int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (page < 1)
        {
            errors["page"] = ["page starts at 1."];
        }

        if (pageSize is < 1 or > MaxSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxSize}."];
        }

        return errors;
    }

    public static PageOf<T> Slice<T>(IReadOnlyList<T> all, int page, int pageSize) =>
        new([.. all.Skip((page - 1) * pageSize).Take(pageSize)], page, pageSize, all.Count);
}
