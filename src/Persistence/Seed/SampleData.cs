using CapConduit.Persistence.CallRecords;
using CapConduit.Persistence.Campaigns;
using CapConduit.Persistence.Clients;
using CapConduit.Persistence.Dids;
using CapConduit.Persistence.Users;

namespace CapConduit.Persistence.Seed;

/// <summary>The development sample data of PRODUCT.md §8, by natural key. Every password is "password".</summary>
public static class SampleData
{
    public const string Password = "password";

    public static readonly SampleUser[] Users =
    [
        new("platform_admin", "admin@capconduit.example", UserRole.Admin, UserStatus.Active, "Platform Admin", "CapConduit"),
        new("ops_staff", "ops@capconduit.example", UserRole.Staff, UserStatus.Active, "Ops Staff", "CapConduit"),
        new("seller_alice", "alice@sellers.example", UserRole.Seller, UserStatus.Active, "Alice Seller", "Alice Leads LLC"),
        new("seller_bob", "bob@sellers.example", UserRole.Seller, UserStatus.Active, "Bob Seller", "Bob Marketing"),
        new("seller_pending", "pending@sellers.example", UserRole.Seller, UserStatus.PendingApproval, "Pending Seller", "Pending Co"),
    ];

    public static readonly SampleClient[] Clients =
    [
        new("client_alpha_sales", "Alpha Corp", "Sales", ClientStatus.Active,
            new SipSettings { Contact = "sip:alpha@127.0.0.1:5070" }),
        new("client_beta_support", "Beta Industries", "Support", ClientStatus.Active,
            new SipSettings { Contact = "sip:beta@127.0.0.1:5071" }),
        new("client_gamma_intake", "Gamma Services", "Intake", ClientStatus.Active,
            new SipSettings
            {
                Contact = "sip:gamma@127.0.0.1:5072",
                Credentials = new SipCredentials("capconduit_gamma", "gamma-secret", "gamma.example"),
            }),
        new("client_delta_partners", "Delta Partners Inc", "Partnerships", ClientStatus.Inactive,
            new SipSettings { Contact = "sip:delta@127.0.0.1:5073" }),
    ];

    public static readonly SampleDid[] Dids =
    [
        new("+18005550101", "seller_alice", DidStatus.Active, "Alice toll-free tech line"),
        new("+12125550102", "seller_alice", DidStatus.Active, "Alice New York support line"),
        new("+442075550104", "seller_alice", DidStatus.Inactive, "Alice London line (not in use)"),
        new("+13105550103", "seller_bob", DidStatus.Active, "Bob Los Angeles sales line"),
    ];

    public static readonly SampleCampaign[] Campaigns =
    [
        new("seller_alice", "Alice Priority Tech Leads", CampaignStatus.Active, RoutingStrategyKind.Priority, 25,
            ["+18005550101"],
            [
                new("client_alpha_sales", LinkStatus.Active, Priority: 0, Weight: 100, MaxConcurrency: 10, TotalAllowed: 5000, TotalUsed: 0),
                new("client_beta_support", LinkStatus.Active, Priority: 1, Weight: 100, MaxConcurrency: 5, TotalAllowed: null, TotalUsed: 0),
            ]),
        new("seller_alice", "Alice RoundRobin Support", CampaignStatus.Active, RoutingStrategyKind.RoundRobin, 35,
            ["+12125550102"],
            [
                new("client_beta_support", LinkStatus.Active, Priority: 0, Weight: 100, MaxConcurrency: 8, TotalAllowed: 1000, TotalUsed: 0),
                new("client_gamma_intake", LinkStatus.Active, Priority: 0, Weight: 100, MaxConcurrency: 15, TotalAllowed: 2000, TotalUsed: 0),
            ]),
        new("seller_bob", "Bob Weighted Sales Calls", CampaignStatus.Active, RoutingStrategyKind.Weighted, 20,
            ["+13105550103"],
            [
                new("client_gamma_intake", LinkStatus.Active, Priority: 0, Weight: 70, MaxConcurrency: 20, TotalAllowed: 1, TotalUsed: 1),
                new("client_alpha_sales", LinkStatus.Active, Priority: 1, Weight: 30, MaxConcurrency: 5, TotalAllowed: 2000, TotalUsed: 0),
                new("client_delta_partners", LinkStatus.Inactive, Priority: 2, Weight: 100, MaxConcurrency: 5, TotalAllowed: null, TotalUsed: 0),
            ]),
        new("seller_bob", "Bob Old Inactive Leads", CampaignStatus.Inactive, RoutingStrategyKind.Priority, 30, [], []),
    ];

    public static readonly SampleCall[] Calls =
    [
        new("sample-call-0001", "+18005550101", "Alice Priority Tech Leads", "client_alpha_sales", "+14155550001",
            Disposition.Answered, null, AgoMinutes: 180, RingSeconds: 6, TalkSeconds: 240, HangupCause: 16),
        new("sample-call-0002", "+18005550101", "Alice Priority Tech Leads", "client_beta_support", "+14155550002",
            Disposition.NoAnswer, null, AgoMinutes: 120, RingSeconds: 25, TalkSeconds: 0, HangupCause: 19),
        new("sample-call-0003", "+442075550104", null, null, "+447700900003",
            Disposition.Rejected, RejectReason.DidInactive, AgoMinutes: 90, RingSeconds: 0, TalkSeconds: 0, HangupCause: 1),
        new("sample-call-0004", "+12125550102", "Alice RoundRobin Support", "client_gamma_intake", "+12125550004",
            Disposition.Answered, null, AgoMinutes: 60, RingSeconds: 4, TalkSeconds: 95, HangupCause: 16),
        new("sample-call-0005", "+13105550103", "Bob Weighted Sales Calls", "client_gamma_intake", "+13105550005",
            Disposition.Answered, null, AgoMinutes: 45, RingSeconds: 3, TalkSeconds: 310, HangupCause: 16),
        new("sample-call-0006", "+13105550103", "Bob Weighted Sales Calls", "client_alpha_sales", "+13105550006",
            Disposition.NoAnswer, null, AgoMinutes: 30, RingSeconds: 20, TalkSeconds: 0, HangupCause: 19),
    ];
}

public sealed record SampleUser(string Username, string Email, UserRole Role, UserStatus Status, string FullName, string CompanyName);

public sealed record SampleClient(string Identifier, string Name, string Department, ClientStatus Status, SipSettings Sip);

public sealed record SampleDid(string Number, string Owner, DidStatus Status, string Description);

public sealed record SampleLink(string Client, LinkStatus Status, int Priority, int Weight, int MaxConcurrency, int? TotalAllowed, int TotalUsed);

public sealed record SampleCampaign(
    string Owner, string Name, CampaignStatus Status, RoutingStrategyKind Strategy, int DialTimeoutSeconds,
    string[] Dids, SampleLink[] Links);

public sealed record SampleCall(
    string ChannelId, string DidNumber, string? Campaign, string? Client, string CallerNumber, Disposition Disposition,
    RejectReason? RejectReason, int AgoMinutes, int RingSeconds, int TalkSeconds, int HangupCause);
