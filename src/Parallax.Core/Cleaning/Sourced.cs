using Parallax.Articles;
namespace Parallax.Cleaning;

/// <summary>A metadata value and where it was read.</summary>
internal readonly record struct Sourced<T>(T Value, MetadataSource Source)
{
    /// <summary>The first candidate that has a value, most trusted first.</summary>
    public static Sourced<T>? First(params ReadOnlySpan<(T? Value, MetadataSource Source)> candidates)
    {
        foreach (var (value, source) in candidates)
        {
            if (value is not null)
            {
                return new Sourced<T>(value, source);
            }
        }

        return null;
    }
}
