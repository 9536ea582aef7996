using Parallax.Cli.Commands;

namespace Parallax.Cli.Tests.Commands;

public sealed class ProgressLogTests
{
    [Fact]
    public void Advance_ShortRun_PrintsNothing()
    {
        var error = new StringWriter();
        var clock = new SteppingClock();
        var log = new ProgressLog(error, clock, 3, "next stage");

        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            log.Advance();
        }

        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Advance_LongRun_PrintsALineEveryIntervalThenTheNextStage()
    {
        var error = new StringWriter();
        var clock = new SteppingClock();
        var log = new ProgressLog(error, clock, 5, "clustering and saving...");

        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(6));
            log.Advance();
        }

        // 6, 12, 18, 24, 30 s: lines at 12 s (first past 10 s) and 24 s (10 s after that).
        Assert.Equal(
            ["2 of 5 articles analyzed (12 s)", "4 of 5 articles analyzed (24 s)", "clustering and saving..."],
            error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
