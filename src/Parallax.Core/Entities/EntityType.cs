namespace Parallax.Entities;

public enum EntityType
{
    Person,
    Organization,
    Location,
    Misc,
}
