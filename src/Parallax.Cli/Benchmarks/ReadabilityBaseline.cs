using System.Diagnostics;
using System.Text.Json;

namespace Parallax.Cli.Benchmarks;

/// <summary>
/// Runs Mozilla's readability.js (bench/readability, installed by its setup.sh from the pinned
/// package-lock.json) over the same decoded pages, in a Node.js child process of this run, and
/// returns its pages/s; null with a reason when Node.js or the package is not available.
/// </summary>
internal static class ReadabilityBaseline
{
    public static (double? PagesPerSecond, string? Problem) Run(IReadOnlyList<string> pages, string benchDirectory, TextWriter log)
    {
        var script = Path.Combine(benchDirectory, "run.mjs");
        if (!File.Exists(script))
        {
            return (null, $"{script} not found (run from the repository root or pass --baseline DIR)");
        }

        if (!Directory.Exists(Path.Combine(benchDirectory, "node_modules")))
        {
            log.WriteLine("bench: installing the readability.js baseline (bench/readability/setup.sh)...");
            var (setupCode, setupError) = Execute("bash", [Path.Combine(benchDirectory, "setup.sh")], TimeSpan.FromMinutes(5));
            if (setupCode != 0)
            {
                return (null, "could not install the readability.js baseline: " + setupError.Trim());
            }
        }

        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(input, pages.Select(p => JsonSerializer.Serialize(p)));
            var (code, output) = Execute("node", [script, input], TimeSpan.FromMinutes(30));
            if (code != 0)
            {
                return (null, "readability.js run failed: " + output.Trim());
            }

            using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
            return (json.RootElement.GetProperty("pagesPerSecond").GetDouble(), null);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or JsonException or KeyNotFoundException)
        {
            return (null, "readability.js baseline unavailable: " + e.Message);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <returns>The exit code and standard output (standard error when it failed).</returns>
    private static (int Code, string Output) Execute(string program, string[] arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new System.ComponentModel.Win32Exception($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} did not finish within {timeout.TotalMinutes:0} minutes");
        }

        return (process.ExitCode, process.ExitCode == 0 ? output.Result : error.Result + output.Result);
    }
}
