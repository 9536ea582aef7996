namespace Parallax.Cleaning;

/// <summary>
/// Thrown when an input cannot become an article: nothing to read, too large, binary data, or no
/// body text left once boilerplate is removed. The message says which, so ingestion can log it and
/// move on to the next file.
/// </summary>
public sealed class ArticleRejectedException : ArgumentException
{
    public ArticleRejectedException()
        : base("The input is not an article.")
    {
    }

    public ArticleRejectedException(string message)
        : base(message)
    {
    }

    public ArticleRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Why the input was refused (the same text as <see cref="Exception.Message"/>).</summary>
    public string Reason => Message;
}
