using Parallax.Articles;

namespace Parallax.Cli.Ingest;

/// <summary>One article read from an input, or the reason it could not be read. <see cref="Source"/> names the input ("file.jsonl:12").</summary>
internal sealed record InputItem(string Source, ArticleInput? Input, string? Error = null);
