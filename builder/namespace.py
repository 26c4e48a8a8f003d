"""The unkg vocabulary as Python names. GENERATED from ontology/unkg.ttl: do not edit.

Regenerate with `make namespace` (python tools/gen_namespace.py); the test
suite fails while this file is stale. `UNKG.<term>` is the IRI of a term the
ontology declares, and a name it does not declare raises AttributeError.
"""

from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    RDF,
    RDFS,
    SDO as SCHEMA,
    SKOS,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

__all__ = [
    "DCTERMS",
    "ELI",
    "ELI_DL",
    "FOAF",
    "ORG",
    "OWL",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "UNKG",
    "XSD",
]

ELI = Namespace("http://data.europa.eu/eli/ontology#")
ELI_DL = Namespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")


class UNKG(DefinedNamespace):
    """Terms of <https://w3id.org/unkg/ontology#>."""

    _fail = True
    _NS = Namespace("https://w3id.org/unkg/ontology#")

    Academic: URIRef  # academic or research institution
    Accession: URIRef  # accession
    Acclamation: URIRef  # acclamation
    Adoption: URIRef  # adoption
    Attendance: URIRef  # attendance
    AttendanceRoles: URIRef  # attendance roles
    Chair: URIRef  # Chair
    CoChair: URIRef  # Co-Chair
    Consensus: URIRef  # consensus
    Coordinator: URIRef  # coordinator
    CredentialsCommitteeMember: URIRef  # member of the Credentials Committee
    Decision: URIRef  # decision
    DecisionType: URIRef  # decision type
    DecisionTypes: URIRef  # decision types
    Declaration: URIRef  # declaration
    Document: URIRef  # document
    Evidence: URIRef  # evidence
    Facilitator: URIRef  # facilitator
    FocalPoint: URIRef  # focal point
    GroupOfStates: URIRef  # group of States
    IGO: URIRef  # intergovernmental organization
    IntersessionalDecision: URIRef  # intersessional decision
    Meeting: URIRef  # meeting
    MeetingSeries: URIRef  # meeting series
    MemberState: URIRef  # member State
    NGO: URIRef  # non-governmental organization
    NonGovernmentalOrganization: URIRef  # non-governmental organization
    ObserverOrganization: URIRef  # observer organization
    ObserverState: URIRef  # observer State
    Office: URIRef  # office
    OfficeRoles: URIRef  # office roles
    OrdinaryDecision: URIRef  # decision
    Organization: URIRef  # organization
    OrganizationType: URIRef  # organization type
    OrganizationTypes: URIRef  # organization types
    OtherOrganizationType: URIRef  # other organization
    Panellist: URIRef  # panellist
    Person: URIRef  # person
    PlenaryMeeting: URIRef  # plenary meeting
    President: URIRef  # President
    Procedure: URIRef  # procedure
    Procedures: URIRef  # adoption procedures
    Rapporteur: URIRef  # Rapporteur
    Ratification: URIRef  # ratification
    Recommendation: URIRef  # recommendation
    RedCrossMovement: URIRef  # International Red Cross and Red Crescent Movement
    Resolution: URIRef  # resolution
    Role: URIRef  # role
    Roles: URIRef  # roles
    Secretary: URIRef  # Secretary
    SecretaryGeneral: URIRef  # Secretary-General
    SignatoryState: URIRef  # signatory State
    Signature: URIRef  # signature
    SilenceProcedure: URIRef  # silence procedure
    Speaker: URIRef  # speaker
    State: URIRef  # state
    StateParty: URIRef  # State party
    SubnationalGovernment: URIRef  # subnational government
    Treaty: URIRef  # treaty
    TreatyAction: URIRef  # treaty action
    TreatyActionType: URIRef  # treaty action type
    TreatyActionTypes: URIRef  # treaty action types
    UNEntity: URIRef  # United Nations entity
    ViceChair: URIRef  # Vice-Chair
    VicePresident: URIRef  # Vice-President
    Vote: URIRef  # vote
    WithoutVote: URIRef  # without a vote
    acronym: URIRef  # acronym
    action: URIRef  # action
    adopted: URIRef  # adopted
    adoptedBy: URIRef  # adopted by
    affiliation: URIRef  # affiliation
    appointedBy: URIRef  # appointed by
    attended: URIRef  # attended
    body: URIRef  # body
    chaired: URIRef  # chaired
    charEnd: URIRef  # end offset
    charStart: URIRef  # start offset
    considered: URIRef  # considered
    date: URIRef  # date
    decisionType: URIRef  # decision type
    electedAt: URIRef  # elected at
    endDate: URIRef  # end date
    evidence: URIRef  # evidence
    formalName: URIRef  # formal name
    function: URIRef  # function
    holder: URIRef  # holder
    inSeries: URIRef  # in series
    iso3: URIRef  # ISO 3166-1 alpha-3 code
    item: URIRef  # item
    location: URIRef  # location
    m49: URIRef  # M49 code
    meeting: URIRef  # meeting
    nationality: URIRef  # nationality
    number: URIRef  # number
    onBehalfOf: URIRef  # on behalf of
    ordinal: URIRef  # ordinal
    organizationType: URIRef  # organization type
    paragraph: URIRef  # paragraph
    partOf: URIRef  # part of
    participant: URIRef  # participant
    procedure: URIRef  # procedure
    quote: URIRef  # quote
    references: URIRef  # references
    reportOf: URIRef  # report of
    role: URIRef  # role
    source: URIRef  # source
    startDate: URIRef  # start date
    state: URIRef  # state
    submittedBy: URIRef  # submitted by
    symbol: URIRef  # document symbol
    treaty: URIRef  # treaty
