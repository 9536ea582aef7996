namespace Parallax.Entities.Resolution;

/// <summary>What a mention says about its person's sex: only used to keep relatives apart.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}
