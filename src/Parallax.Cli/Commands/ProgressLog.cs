using System.Globalization;

namespace Parallax.Cli.Commands;

/// <summary>
/// Progress of a long run where no progress bar can be drawn (output piped or logged): a line on
/// stderr at most every <see cref="Interval"/>, so a short run prints nothing and a long one shows
/// it is alive and how far it got; after the last item it names the stage that follows (which has
/// no progress of its own). The clock is the context's, so tests can drive it.
/// </summary>
internal sealed class ProgressLog(TextWriter error, TimeProvider time, int total, string nextStage)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly long _started = time.GetTimestamp();
    private TimeSpan _lastLine = TimeSpan.Zero;
    private int _done;
    private bool _printed;

    /// <summary>One more item done.</summary>
    public void Advance()
    {
        _done++;
        var elapsed = time.GetElapsedTime(_started);
        if (elapsed - _lastLine >= Interval)
        {
            _lastLine = elapsed;
            _printed = true;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_done} of {total} articles analyzed ({elapsed.TotalSeconds:0} s)"));
        }

        // A run long enough to print progress is long enough that its silent last stage needs naming.
        if (_done == total && _printed)
        {
            error.WriteLine(nextStage);
        }
    }
}
