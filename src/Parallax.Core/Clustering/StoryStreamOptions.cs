namespace Parallax.Clustering;

/// <summary>How <see cref="StoryStream"/> places articles and how much of the past it keeps.</summary>
public sealed record StoryStreamOptions
{
    /// <summary>Similarity threshold, date window, term weights and retrieval terms, shared with batch clustering.</summary>
    public StoryClustererOptions Stories { get; init; } = new();

    public NearDuplicateOptions Duplicates { get; init; } = new();

    /// <summary>
    /// How many days an article may arrive after newer ones and still be placed by its own date.
    /// Stories and indexed copies older than the newest date seen minus the window and this
    /// allowance are retired; an article later than that can only found a new story.
    /// </summary>
    public int LatenessDays { get; init; } = 3;

    /// <summary>
    /// A retrieval term indexes at most this many open stories (the most recent). A term shared by
    /// more open stories than this is generic for the period and barely separates them; without the
    /// bound one busy term makes every article scan all stories that share it.
    /// </summary>
    public int MaxPostingsPerTerm { get; init; } = 50;

    /// <summary>Of the stories sharing retrieval terms with an article, only the ones sharing the most are scored.</summary>
    public int MaxCandidates { get; init; } = 10;

    /// <summary>
    /// How many of an article's heaviest terms find its candidate stories and index the story it
    /// joins. Fewer than batch clustering's <see cref="StoryClustererOptions.RetrievalTerms"/>: a
    /// story's index entries accumulate over all its articles, and names and the event's specific
    /// words, which IDF puts first, are what finds a story.
    /// </summary>
    public int RetrievalTerms { get; init; } = 10;

    /// <summary>
    /// A split check (<see cref="StoryClustererOptions.SplitThreshold"/>, on when that is above 0)
    /// looks at most at a story's latest this many members; the stream holds their vectors only
    /// while the story is open. Bisection costs grow with the square of the members examined.
    /// </summary>
    public int SplitMembers { get; init; } = 64;
}
