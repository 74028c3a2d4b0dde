using CapConduit.Api.Schema.Errors;
using CapConduit.Persistence.Clients;

namespace CapConduit.Api.Clients;

/// <summary>Result of createClient/updateClient.</summary>
public sealed record ClientPayload(Client? Client, IReadOnlyList<UserError> Errors);

/// <summary>Result of deleteClient.</summary>
public sealed record DeleteClientPayload(Guid? DeletedClientId, IReadOnlyList<UserError> Errors);
