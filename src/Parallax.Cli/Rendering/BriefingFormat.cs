namespace Parallax.Cli.Rendering;

public enum BriefingFormat
{
    Text,
    Markdown,
    Json,
    Html,
}
