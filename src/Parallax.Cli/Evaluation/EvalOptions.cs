using System.CommandLine;

namespace Parallax.Cli.Evaluation;

/// <summary>The options every `parallax eval TASK` shares, defined once so their names and help agree.</summary>
internal static class EvalOptions
{
    public static Option<DirectoryInfo> Data(string layout) => new("--data")
    {
        Description = $"The labelled data: {layout}.",
        HelpName = "DIR",
        Required = true,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Also print the figures as one JSON object on the last line of output.",
    };

    public static Option<DirectoryInfo?> Predictions(string what) => new("--predictions")
    {
        Description = $"Write the system's output to this folder ({what}) so other scorers can check the figures.",
        HelpName = "DIR",
    };
}
