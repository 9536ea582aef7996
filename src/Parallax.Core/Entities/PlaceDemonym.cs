namespace Parallax.Entities;

/// <summary>A demonym seen for a place ("Iraqi" for Iraq), with the articles using it (their ids, in first-seen order).</summary>
public sealed record PlaceDemonym(string Demonym, IReadOnlyList<string> ArticleIds);
