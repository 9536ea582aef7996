using Parallax.Analysis;

namespace Parallax.Clustering;

/// <summary>What the stream needs of an article: its text, title, date and the names found in it.</summary>
public sealed record StreamedArticle(string Id, DateOnly? Published, string Title, string Text)
{
    public IReadOnlyList<string> EntityNames { get; init; } = [];

    public static StreamedArticle From(ArticleAnalysis analysis) =>
        new(analysis.Article.Id, analysis.Article.Published, analysis.Article.Title, analysis.Text)
        {
            EntityNames = [.. analysis.Entities.Select(e => e.Text)],
        };
}

/// <summary>
/// An article reduced to what placing it needs: its summed term weights and its MinHash signature.
/// Made by <see cref="StoryStream.Prepare"/>, which depends on nothing the stream has seen, so
/// articles can be prepared on other threads while the stream places earlier ones.
/// </summary>
public sealed class PreparedArticle
{
    internal PreparedArticle(string id, DateOnly? published, string[] terms, double[] frequencies, MinHashSignature signature)
    {
        Id = id;
        Published = published;
        Terms = terms;
        Frequencies = frequencies;
        Signature = signature;
        BandKeys = StreamingDuplicateIndex.BandKeys(signature);
    }

    public string Id { get; }

    public DateOnly? Published { get; }

    /// <summary>The article's distinct terms; <see cref="Frequencies"/> holds their summed weights in step.</summary>
    internal string[] Terms { get; }

    internal double[] Frequencies { get; }

    internal MinHashSignature Signature { get; }

    /// <summary>The signature's LSH band keys, hashed here so that the placing thread does not.</summary>
    internal ulong[] BandKeys { get; }
}

/// <summary>
/// Where an article went: its story ("s-" + the founding article's id; <paramref name="StoryNumber"/>
/// counts the stream's stories from 0 in founding order) and the original it copies, if any.
/// </summary>
public sealed record StoryPlacement(string StoryId, int StoryNumber, bool FoundedStory, string? DuplicateOf)
{
    /// <summary>Set when placing the article split its story: earlier articles moved to a new story.</summary>
    public StorySplit? Split { get; init; }
}

/// <summary>
/// A story split in two by the stream: the new story's id and number (as in <see cref="StoryPlacement"/>)
/// and the earlier articles that now belong to it instead of the story they were placed in.
/// </summary>
public sealed record StorySplit(string StoryId, int StoryNumber, IReadOnlyList<string> MovedArticles);

/// <summary>
/// How much the stream holds: it should stay flat as the stream goes on. <paramref name="HeldMembers"/>
/// counts the member vectors kept for split checks.
/// </summary>
public sealed record StoryStreamState(int OpenStories, int IndexedTerms, int Postings, int IndexedCopies, int Vocabulary, int HeldMembers);

/// <summary>
/// Story clustering and near-duplicate detection one article at a time, in publication order, with
/// memory bounded by the articles inside the date window. Each article is vectorized with document
/// frequencies counted so far (incremental IDF), compared only with open stories that share one of
/// its heaviest terms, and joins the most similar (see <see cref="StoryClusterer"/> for the
/// similarity) or founds a story. Stories and copies whose latest date falls behind the newest date
/// seen by more than the window plus <see cref="StoryStreamOptions.LatenessDays"/> are retired.
/// A late-arriving article is placed by its own publication date; an undated one counts as
/// published on the newest date seen. Joining is by centroid, so two events of one kind (two
/// title fights of one champion) can end up in one story; when a story reaches 8, 16, 32...
/// members (powers of two from twice <see cref="StoryClustererOptions.MinimumSplitHalf"/>), its
/// latest <see cref="StoryStreamOptions.SplitMembers"/> members are bisected as batch clustering
/// does (<see cref="StorySplitting"/>, <see cref="StoryClustererOptions.SplitThreshold"/>), and a
/// split moves one half to a new story, reported in <see cref="StoryPlacement.Split"/>. For this
/// the stream holds the member vectors of open stories (the latest ones of each) until the story
/// retires. Other decisions are final: an original that arrives after its copy is marked as a copy of it.
/// </summary>
public sealed class StoryStream
{
    private readonly StoryStreamOptions _options;
    private readonly StreamVocabulary _vocabulary = new();
    private readonly SinglePassClustering _stories;
    private readonly StreamingDuplicateIndex _copies;
    // Each open story's id ("s-" + its founding article's id), made once rather than per article.
    private readonly Dictionary<int, string> _storyIds = [];
    // Each open story's latest members, for split checks; none when splitting is off.
    private readonly Dictionary<int, StoryMembers> _members = [];
    private readonly bool _splitting;
    private DateOnly? _newest;

    public StoryStream(StoryStreamOptions? options = null)
    {
        _options = options ?? new StoryStreamOptions();
        var stories = _options.Stories;
        _stories = new SinglePassClustering(
            stories.SimilarityThreshold,
            _options.RetrievalTerms,
            stories.DateWindowDays,
            new CandidateIndexLimits(_options.MaxPostingsPerTerm, _options.MaxCandidates));
        _copies = new StreamingDuplicateIndex(_options.Duplicates, stories.DateWindowDays);
        _splitting = stories.SplitThreshold > 0 && _options.SplitMembers >= 2 * stories.MinimumSplitHalf;
    }

    /// <summary>Counting the postings walks the index: for reports, not for every article.</summary>
    public StoryStreamState State =>
        new(_stories.OpenClusters, _stories.IndexedTerms, _stories.Postings, _copies.IndexedArticles, _vocabulary.Terms, _members.Values.Sum(m => m.Held));

    public StoryPlacement Add(ArticleAnalysis analysis) => Add(StreamedArticle.From(analysis));

    public StoryPlacement Add(StreamedArticle article) => Add(Prepare(article));

    /// <summary>Thread-safe: reads only the options (and per-thread buffers).</summary>
    public PreparedArticle Prepare(StreamedArticle article)
    {
        var stories = _options.Stories;
        var (terms, frequencies) = ArticleTermCounter.ForThisThread.Count(article.Text, article.Title, article.EntityNames, stories.TitleWeight, stories.EntityWeight);
        return new PreparedArticle(article.Id, article.Published, terms, frequencies, MinHashSignature.Of(article.Text));
    }

    public StoryPlacement Add(PreparedArticle article)
    {
        var date = article.Published ?? _newest ?? DateOnly.MinValue;
        if (_newest is null || date > _newest)
        {
            _newest = date;
            Retire(RetiredBefore());
        }

        var item = _vocabulary.UnitVector(article.Terms, article.Frequencies, _options.RetrievalTerms);
        var story = _stories.Add(item, date);
        ref var storyId = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_storyIds, story, out var known);
        storyId ??= "s-" + article.Id;
        var placed = storyId;
        var original = _copies.Add(article.Id, date, article.Signature, article.BandKeys, RetiredBefore());
        var split = _splitting ? Join(story, new StreamMember(article.Id, item, date)) : null;
        if (split is null || !split.MovedArticles.Contains(article.Id))
        {
            return new StoryPlacement(placed, story, !known, original) { Split = split };
        }

        // The article itself went to the new story; the moves reported are the earlier articles'.
        return new StoryPlacement(split.StoryId, split.StoryNumber, false, original)
        {
            Split = split with { MovedArticles = [.. split.MovedArticles.Where(id => id != article.Id)] },
        };
    }

    /// <summary>
    /// Records the member and, when the story has just reached a power of two of members (from twice
    /// the smallest half), tests its latest members for two events as batch clustering does. The
    /// half holding the earliest held member (the founder while the story is small) keeps the story.
    /// Checking at doubling sizes costs a constant share per article, and a story is checked again
    /// once it has doubled, whatever earlier checks decided.
    /// </summary>
    private StorySplit? Join(int story, StreamMember member)
    {
        var members = _members.TryGetValue(story, out var held) ? held : _members[story] = new StoryMembers(_options.SplitMembers);
        members.Add(member, RetiredBefore());
        var options = _options.Stories;
        if (members.Count < 2 * options.MinimumSplitHalf || (members.Count & (members.Count - 1)) != 0)
        {
            return null;
        }

        var examined = members.InArrivalOrder();
        if (StorySplitting.FindSplit(StoryCosines.Of(examined.ConvertAll(m => m.Item)), options.SplitThreshold, options.MinimumSplitHalf) is not var (first, second))
        {
            return null;
        }

        var (kept, moved) = first.Contains(0) ? (first, second) : (second, first);
        var movedMembers = moved.ConvertAll(m => examined[m]);
        var fresh = _stories.SplitOff(story, movedMembers.ConvertAll(m => (m.Item, (DateOnly?)m.Date)));
        members.KeepOnly(kept.ConvertAll(m => examined[m]), moved.Count);
        var split = new StoryMembers(_options.SplitMembers);
        movedMembers.ForEach(m => split.Add(m, DateOnly.MinValue));
        _members[fresh] = split;
        var freshId = _storyIds[fresh] = "s-" + movedMembers[0].Id;
        return new StorySplit(freshId, fresh, movedMembers.ConvertAll(m => m.Id));
    }

    private DateOnly RetiredBefore()
    {
        var keep = _options.Stories.DateWindowDays + _options.LatenessDays;
        var newest = _newest!.Value;
        return newest.DayNumber - keep <= DateOnly.MinValue.DayNumber ? DateOnly.MinValue : newest.AddDays(-keep);
    }

    private void Retire(DateOnly horizon)
    {
        foreach (var story in _stories.Retire(horizon))
        {
            _storyIds.Remove(story);
            _members.Remove(story);
        }

        _copies.Retire(horizon);
    }
}
