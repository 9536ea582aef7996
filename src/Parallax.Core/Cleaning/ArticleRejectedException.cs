namespace Parallax.Cleaning;

/// <summary>The input is not an article Parallax can use (empty, binary, too large, ...); the message says why.</summary>
public sealed class ArticleRejectedException : Exception
{
    public ArticleRejectedException(string message)
        : base(message)
    {
    }

    public ArticleRejectedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ArticleRejectedException()
    {
    }
}
