namespace CccdPlatform.Integrations.Model;

/// <summary>An event integrators may subscribe to, by its catalogue name.</summary>
/// <param name="Name">The type's name, as in the catalogue's headings (<c>ApplicationReceived</c>).</param>
/// <param name="Version">From a <c>V2</c>, <c>V3</c>... suffix of the name; 1 without one.</param>
/// <param name="Type">The contract type.</param>
public sealed record PublicEvent(string Name, int Version, Type Type)
{
    /// <summary>The fanout exchange MassTransit publishes the type to on RabbitMQ.</summary>
    public string ExchangeName => $"{Type.Namespace}:{Type.Name}";
}
