using Sozialindikatoren.Common;

namespace Sozialindikatoren.Offerings;

/// <summary>The umbrella association of a provider (<em>Spitzenverband der Freien Wohlfahrtspflege</em>) or its kind.</summary>
public enum ProviderAssociation
{
    /// <summary>Arbeiterwohlfahrt (AWO).</summary>
    Awo = 0,
    /// <summary>Deutscher Caritasverband.</summary>
    Caritas = 1,
    /// <summary>Diakonie Deutschland.</summary>
    Diakonie = 2,
    /// <summary>Deutsches Rotes Kreuz (DRK).</summary>
    Drk = 3,
    /// <summary>Der Paritätische Wohlfahrtsverband and its members.</summary>
    Paritaetischer = 4,
    /// <summary>Zentralwohlfahrtsstelle der Juden in Deutschland (ZWST).</summary>
    Zwst = 5,
    /// <summary>A public body (<em>öffentlicher Träger</em>: Kreis, Kommune, Jugendamt).</summary>
    PublicBody = 6,
    /// <summary>A private, commercial provider (<em>privat-gewerblicher Träger</em>).</summary>
    Private = 7,
    /// <summary>Any other provider (e.g. an independent association).</summary>
    Other = 8,
}

/// <summary>A provider of offerings (<em>Träger</em>), with its umbrella association.</summary>
/// <threadsafety>Immutable; thread-safe.</threadsafety>
public sealed class Provider
{
    /// <summary>Creates a provider.</summary>
    /// <param name="id">Identifier (1–64 characters, no surrounding white space).</param>
    /// <param name="name">Name, e.g. <c>Diakonie in Südwestfalen</c>.</param>
    /// <param name="association">The umbrella association.</param>
    /// <param name="provenance">Provenance (real or illustrative).</param>
    /// <exception cref="ArgumentException">Empty id or name.</exception>
    public Provider(string id, string name, ProviderAssociation association, Provenance? provenance = null)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64 || id.Trim() != id)
            throw new ArgumentException($"provider id: must have 1-64 characters without surrounding white space, was '{id}'.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException($"provider '{id}' name: must not be empty.", nameof(name));
        if (!Enum.IsDefined(association)) throw new ArgumentOutOfRangeException(nameof(association), association, $"provider '{id}' association: unknown value.");
        Id = id;
        Name = name.Trim();
        Association = association;
        Provenance = provenance;
    }

    /// <summary>The identifier.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The umbrella association (<em>Spitzenverband</em>).</summary>
    public ProviderAssociation Association { get; }

    /// <summary>Provenance.</summary>
    public Provenance? Provenance { get; }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
