namespace Parallax.Briefing;

// The JSON contract other tools rely on (docs/briefing.schema.json). Property names are serialized
// in camelCase; dates are "YYYY-MM-DD" strings (or "YYYY" / "YYYY-MM" in the timeline).

public sealed record BriefingDocument(IReadOnlyList<ArticleEntry> Articles, IReadOnlyList<StoryBriefing> Stories);

public sealed record ArticleEntry(
    string Id,
    string? Path,
    string? Url,
    string Title,
    string? Outlet,
    string? Published,
    bool PublishedInferred,
    string Language,
    string? StoryId,
    string? DuplicateOf,
    IReadOnlyList<string> Authors,
    MetadataSourcesEntry MetadataSources)
{
    /// <summary>
    /// How sure the publication date is, as a camelCase <see cref="Articles.DateCertainty"/> name
    /// ("high" ... "lowest"), decided by <see cref="Articles.PublicationCertainty"/>; null when undated.
    /// </summary>
    public string? PublishedCertainty { get; init; }

    /// <summary>The date with how it was obtained when inferred: "2021-07-27 (inferred from the story, low)", or "undated".</summary>
    public string PublishedNote() => Published is null
        ? "undated"
        : PublishedInferred ? $"{Published} ({PublishedInference})" : Published;

    /// <summary>"inferred from the story, low": how an inferred date was obtained and how sure it is.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string PublishedInference { get; init; } = "inferred";
}

/// <summary>
/// Where each metadata field of an article was read, as a camelCase <see cref="Articles.MetadataSource"/>
/// name ("jsonLd", "openGraph", "dateline"...); null when the field is empty.
/// </summary>
public sealed record MetadataSourcesEntry(string? Title, string? Published, string? Authors, string? Outlet, string? Url, string? Language)
{
    public static MetadataSourcesEntry From(Articles.MetadataSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new(Name(sources.Title), Name(sources.Published), Name(sources.Authors), Name(sources.Outlet), Name(sources.Url), Name(sources.Language));
    }

    private static string? Name(Articles.MetadataSource? source) =>
        source is { } value ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString()) : null;
}

public sealed record StoryBriefing
{
    public required string Id { get; init; }
    public required string Headline { get; init; }
    public required IReadOnlyList<string> ArticleIds { get; init; }
    public required IReadOnlyList<SummarySentence> Summary { get; init; }
    public required IReadOnlyList<EntityEntry> Entities { get; init; }
    public required IReadOnlyList<QuoteEntry> Quotes { get; init; }
    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }
    public required IReadOnlyList<QuantityEntry> Quantities { get; init; }
    public required IReadOnlyList<ClaimEntry> Claims { get; init; }
    public required IReadOnlyList<DiscrepancyEntry> Discrepancies { get; init; }
    public required IReadOnlyList<CommitmentEntry> Commitments { get; init; }

    /// <summary>The broader storyline the story belongs to; set by the corpus-level briefing.</summary>
    public TopicEntry? Topic { get; init; }
}

/// <summary>A story's topic: its id, its name (the headline of its largest story) and its other stories.</summary>
public sealed record TopicEntry(string Id, string Headline, IReadOnlyList<RelatedStory> RelatedStories);

/// <summary>Another story of the same topic: a related but distinct event.</summary>
public sealed record RelatedStory(string Id, string Headline, int ArticleCount);

public sealed record SummarySentence(string Text, string ArticleId);

public sealed record EntityEntry(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> ArticleIds,
    int MentionCount)
{
    /// <summary>The roles stated in this story's articles, each with those articles (a subset of <see cref="Roles"/>).</summary>
    public IReadOnlyList<Entities.StatedRole> StatedRoles { get; init; } = [];

    /// <summary>For a place: the demonyms used for it in this story's articles ("Iraqi" for Iraq), each with those articles.</summary>
    public IReadOnlyList<Entities.PlaceDemonym> Demonyms { get; init; } = [];
}

public sealed record QuoteEntry(string ArticleId, string Text, bool Direct, string? Cue, SpeakerEntry Speaker, string? Via)
{
    /// <summary>"direct", "indirect" or "mixed" (a quoted fragment inside reported speech).</summary>
    public string Kind { get; init; } = Direct ? "direct" : "indirect";
}

public sealed record SpeakerEntry(string? EntityId, string Name, bool Anonymous, string? Description)
{
    /// <summary>For an unnamed source: role, affiliation, seniority and the reason given for anonymity.</summary>
    public Quotes.UnnamedSource? Source { get; init; }
}

public sealed record TimelineEntry(string Date, string Text, IReadOnlyList<string> ArticleIds);

public sealed record QuantityEntry(decimal Value, string? Unit, string? Counted, string Text, string ArticleId);

public sealed record ClaimEntry(
    string Text,
    IReadOnlyList<string> SupportingArticleIds,
    int IndependentOrigins,
    IReadOnlyList<string> ContradictingArticleIds);

public sealed record DiscrepancyEntry(string About, IReadOnlyList<DiscrepancyValue> Values);

public sealed record DiscrepancyValue(string Value, IReadOnlyList<string> ArticleIds);

public sealed record CommitmentEntry(string Actor, string Action, string? Deadline, IReadOnlyList<string> ArticleIds);
