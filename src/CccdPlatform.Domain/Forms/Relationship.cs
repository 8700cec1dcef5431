namespace CccdPlatform.Domain.Forms;

/// <summary>How a legal representative of a minor is related to them (parents, or a guardian appointed by law).</summary>
public enum Relationship
{
    Father,
    Mother,
    Guardian,
}
