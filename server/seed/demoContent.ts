import type { ContentBlock } from "../../shared/editor/content";

// Demo documents seeded into an empty database. The substance is drawn from the joint MAG–LP meeting records
// (see /work/shared/seeds): the unified response to the WSIS+20 Elements Paper and "The IGF We Need" paper.

export interface DemoSection {
  title: string;
  ownerGroup: "wg1" | "wg2" | "wg3" | "wg4" | "wg5" | "strategy";
  status: "draft" | "in_review" | "changes_requested" | "approved";
  content: ContentBlock[];
}

export interface DemoDocument {
  title: string;
  description: string;
  sections: DemoSection[];
}

const p = (text: string): ContentBlock => ({ type: "paragraph", text });
const h3 = (text: string): ContentBlock => ({ type: "heading", level: 3, text });

const ELEMENTS_PAPER_RESPONSE: DemoDocument = {
  title: "Joint MAG–LP response to the WSIS+20 Elements Paper",
  description:
    "A single, unified response of the IGF Multistakeholder Advisory Group and Leadership Panel to the co-facilitators’ Elements Paper for the WSIS+20 review, first drafted by the MAG Working Group on Strategy.",
  sections: [
    {
      title: "Introduction",
      ownerGroup: "strategy",
      status: "in_review",
      content: [
        p("The Multistakeholder Advisory Group (MAG) and the Leadership Panel (LP) of the Internet Governance Forum (IGF) welcome the Elements Paper issued by the co-facilitators of the twenty-year review of the World Summit on the Information Society (WSIS+20). We present this contribution as a single, unified response rather than as separate submissions, reflecting our shared view that the IGF is best served when its two advisory bodies speak with one voice. A first draft was prepared by the MAG Working Group on Strategy and reviewed by members of both bodies."),
        p("This response draws on the MAG’s vision document for the IGF beyond 2025, on the outlook and advocacy messages prepared by the Leadership Panel, and on the work of the five working groups proposed at the joint MAG–LP meeting of June 2025 on funding, National and Regional IGF Initiatives (NRIs), intersessional work, institutional structure and the evolution of the annual meeting. It also takes account of input gathered through the Informal Multistakeholder Sounding Board, which has sought views from a wide range of stakeholders for the attention of the co-facilitators."),
        p("Wherever possible, we use agreed UN language adopted in General Assembly resolutions, so that our proposals can be taken up directly in the negotiation of the outcome document. Where we recommend improvements, we also indicate the resources their implementation would require. Our recommendations are organized by theme; each paragraph is intended to be read and cited on its own, and we would welcome the opportunity to discuss any of them with the co-facilitators and with Member States."),
      ],
    },
    {
      title: "The IGF’s mandate and permanence",
      ownerGroup: "strategy",
      status: "approved",
      content: [
        p("Since its convening by the Secretary-General in 2006, pursuant to paragraph 72 of the Tunis Agenda for the Information Society, the IGF has established itself as the principal global space for open, inclusive and non-binding multistakeholder dialogue on public policy issues related to the Internet. Over two decades it has brought governments, the private sector, civil society, the technical community and academia together on an equal footing, and has given rise to a global network of national, regional and youth initiatives that carry that dialogue into local contexts."),
        p("We recommend that the WSIS+20 outcome document renew the mandate of the IGF on a permanent basis, rather than through further time-bound extensions. Periodic renewal has served the Forum well in establishing its value, but it now creates uncertainty that discourages long-term planning, deters sustained funding commitments and limits the Forum’s ability to retain expertise. A permanent mandate would place the IGF on a stable footing within the United Nations system while preserving its distinctive bottom-up and multistakeholder character."),
        p("We further recommend that the outcome document recognize a stronger role for the IGF within the United Nations system, including in supporting the follow-up to the Global Digital Compact at the global, regional and national levels. The review also offers an opportunity to clarify the distinction between the IGF, as a forum for multistakeholder policy dialogue, and the WSIS Forum, as a platform for reviewing implementation of the WSIS Action Lines, and to define the IGF’s relationship with the new Global Dialogue on AI Governance so that the two are complementary rather than duplicative."),
      ],
    },
    {
      title: "Institutional structure and the MAG–LP relationship",
      ownerGroup: "wg4",
      status: "draft",
      content: [
        h3("Complementary roles"),
        p("The MAG and the LP perform distinct and complementary functions. The MAG advises the Secretary-General on the programme and schedule of the annual meeting and guides the Forum’s intersessional activities, drawing on the expertise of members from all stakeholder groups and regions. The LP provides strategic input, raises the profile of the Forum at the highest levels and carries IGF outputs to decision-makers. Experience since its establishment has shown that the Panel achieves a level of outreach and advocacy that complements, and does not duplicate, the work of the MAG."),
        p("We recommend that the outcome document affirm the value of both bodies and invite the Secretary-General to consider their respective terms of reference in the light of the review. Any decision on the continuation of the Leadership Panel rests with the Secretary-General; the Panel’s own report to the Secretary-General will set out its work, its outstanding activities and its recommendations in this regard. We encourage regular joint meetings between the two bodies, including in person, and a shared workplan for outreach to Member States."),
        h3("Working methods"),
        p("The MAG has committed to reviewing its own working methods, including the process for selecting workshops and the process for selecting MAG members, with a view to greater transparency, continuity and geographic and stakeholder balance. We recommend that past recommendations, including those of the Working Group on Improvements to the IGF of the Commission on Science and Technology for Development, be reviewed for implementation before new structural proposals are explored, and that the IGF Secretariat be resourced to support this work."),
      ],
    },
    {
      title: "Sustainable funding",
      ownerGroup: "wg1",
      status: "in_review",
      content: [
        p("The IGF continues to depend largely on voluntary, extra-budgetary contributions made to a trust fund administered by the United Nations Department of Economic and Social Affairs. These contributions, though generous, vary from year to year and come from a relatively small number of donors. As a result, the Secretariat remains under-resourced relative to its responsibilities, and it is difficult to commit to multi-year programmes of intersessional work, NRI support and capacity development."),
        p("We recommend that the outcome document call for the IGF and its Secretariat to be supported through the regular budget of the United Nations, complemented by voluntary contributions from all stakeholder groups. Predictable core funding would secure the Forum’s basic functions, while voluntary contributions could continue to support specific activities. We also recommend that any improvements proposed in the review be accompanied by an indication of the resources required to implement them, so that they can serve as a basis for engagement with potential donors."),
        p("For our part, the MAG and the LP will pursue a comprehensive funding strategy. This includes developing clear value propositions for each funding sector, seeking further engagement from the private sector, development banks and foundations, exploring innovative funding mechanisms, and assigning dedicated capacity for funding outreach. The private sector in particular benefits from the stable and open Internet environment to which the IGF, its NRIs and its intersessional work contribute, and we will make that contribution more visible."),
      ],
    },
    {
      title: "National, Regional and Youth IGF initiatives",
      ownerGroup: "wg2",
      status: "draft",
      content: [
        p("The network of National, Regional, Subregional and Youth IGF initiatives (NRIs), now present in well over a hundred countries and regions, is one of the Forum’s most significant achievements. NRIs are organized independently by local multistakeholder communities in line with the IGF’s core principles, and they bring Internet governance discussions to stakeholders who may never attend a global meeting. They also feed local perspectives into the annual IGF, creating a two-way channel between national and global policy dialogue."),
        p("We recommend that the outcome document recognize the NRIs as an integral part of the IGF ecosystem and encourage Member States to engage with them as partners in national digital policymaking, including in the implementation of the Global Digital Compact at the national level. NRIs could develop closer ties with UN Resident Coordinators and, where applicable, contribute to the elaboration of national development programmes that include digital priorities. We also recommend acknowledging and leveraging the role of the UN regional commissions within the IGF ecosystem."),
        p("To support this role, we recommend that the IGF Secretariat be resourced to assess and map NRIs, document successful operational models and facilitate peer-to-peer exchange among them. The Secretariat could further help NRIs to identify and connect with development agencies and existing programmes, such as UNESCO’s ROAM-X Internet Universality indicators and the fellowship programmes of technical community organizations, while NRIs continue to build community participation and mobilize resources from local stakeholders."),
      ],
    },
    {
      title: "Intersessional work",
      ownerGroup: "wg3",
      status: "draft",
      content: [
        p("The IGF’s intersessional work – its Best Practice Forums, Dynamic Coalitions and Policy Networks, together with the NRIs – extends the Forum beyond its annual meeting and produces substantive, community-developed outputs throughout the year. These modalities have allowed the IGF to address emerging issues in depth, from cybersecurity and meaningful access to artificial intelligence and environmental sustainability, and to build a body of expertise that is freely available to all stakeholders."),
        p("We recommend that the outcome document recognize intersessional work as a core function of the IGF and call for it to be adequately resourced. At the same time, we believe that the current model would benefit from review. The MAG is examining how intersessional activities are initiated, supported and concluded, how their outputs are consolidated and communicated, and how duplication between modalities can be avoided, with a view to presenting recommendations before the WSIS+20 high-level meeting of the General Assembly."),
        p("IGF outputs need to be more impactful for decision-makers. We recommend that intersessional outputs be presented in forms that policymakers can readily use, including short policy briefs and messages that draw on agreed UN language, and that the Internet We Want framework be used to track progress on the issues discussed at the IGF and in the Global Digital Compact. A clearer pathway from dialogue to outcome would strengthen the IGF’s contribution to the WSIS Action Lines and the Sustainable Development Goals."),
      ],
    },
    {
      title: "The annual IGF meeting",
      ownerGroup: "wg5",
      status: "draft",
      content: [
        p("The annual meeting remains the most visible expression of the IGF and the point at which its community, its intersessional work and the NRIs come together. The host-country model has allowed the Forum to meet in every region, building local engagement and national ownership of the Internet governance agenda. Hybrid participation, introduced and refined in recent years, has opened the meeting to many thousands of participants who are unable to travel."),
        p("We recommend that the outcome document reaffirm the annual meeting as the central convening of the IGF, and that the MAG be supported in its ongoing work on the evolution of the event. This work is considering a more focused programme with fewer and better-integrated sessions, a clearer link between the main themes and intersessional outputs, stronger high-level and parliamentary tracks, and dedicated space for NRIs to share best practices. It is also considering how the meeting can engage Member States more directly."),
        p("We further recommend that host-country arrangements be supported by a clear and publicly available set of expectations, covering accessibility, security, connectivity, language services and the application of the IGF Code of Conduct, so that prospective hosts can plan with confidence, participants know in advance what to expect, and the quality and inclusiveness of the meeting remain consistent from one year to the next."),
      ],
    },
    {
      title: "Accessibility and inclusion",
      ownerGroup: "wg5",
      status: "draft",
      content: [
        p("Inclusion is central to the IGF’s legitimacy. The Forum must remain open to participants from all regions and stakeholder groups, including those from developing countries, small island developing States and least developed countries, as well as women and girls, youth, Indigenous Peoples and persons with disabilities. Meaningful inclusion requires attention not only to who is invited, but also to the physical, digital and linguistic accessibility of every space in which IGF dialogue takes place."),
        p("We recommend that the IGF align its practices with the United Nations Disability Inclusion Strategy and with the accessibility guidelines developed by the Dynamic Coalition on Accessibility and Disability, and that this alignment extend to the operations of the NRIs. The arrangements made by the host country of IGF 2025 offer a good practice that future hosts could follow. We also recommend that the review encourage dedicated resources for travel support, captioning, sign language interpretation and accessible online participation."),
      ],
    },
    {
      title: "Conclusion",
      ownerGroup: "strategy",
      status: "draft",
      content: [
        p("The WSIS+20 review comes at a decisive moment for digital cooperation. The IGF has demonstrated over two decades that open, inclusive and multistakeholder dialogue can inform policy, build capacity and strengthen trust among those who shape the Internet. The recommendations set out above are intended to secure that contribution for the decades ahead: a permanent mandate, sustainable funding, a stronger role within the United Nations system, and an ecosystem of NRIs and intersessional work that connects global dialogue to local action."),
        p("The MAG and the LP stand ready to work with the co-facilitators, Member States and all stakeholders throughout the remainder of the review process. We will continue to share our input through the Informal Multistakeholder Sounding Board and through direct engagement with Member States, and we will make the reports of our working groups available as they are completed. We would welcome the opportunity to meet with the co-facilitators at any stage of the negotiations to discuss these proposals further."),
      ],
    },
  ],
};

const IGF_WE_NEED: DemoDocument = {
  title: "The IGF We Need",
  description:
    "A forward-looking paper that builds on the Internet We Want framework to define how the IGF should evolve over the next decade and to address its institutional sustainability.",
  sections: [
    {
      title: "From the Internet We Want to the IGF We Need",
      ownerGroup: "strategy",
      status: "in_review",
      content: [
        p("The Internet We Want, the vision developed by the IGF Leadership Panel, describes an Internet that is whole and open, universal and inclusive, free-flowing and trustworthy, safe and secure, and rights-respecting. It has become a reference point for IGF reporting and discussion, and a framework against which communities can measure their progress. This paper asks the complementary question: what kind of Forum is needed to help the world achieve that Internet over the next decade?"),
        p("Our answer builds on the MAG’s vision for the IGF beyond 2025, on the Leadership Panel’s outlook for the future of the IGF, and on the work of the five working groups established in 2025. It is intended to inform the WSIS+20 review and the implementation of its outcome, and to guide the IGF community itself as it considers how the Forum should evolve. We address, in turn, the IGF’s institutional footing, its resources, its outputs, its network of national and regional initiatives, and its annual meeting."),
        p("The IGF we need is one that retains what has made it valuable – openness, inclusiveness, a bottom-up and multistakeholder approach, and freedom from the pressure of negotiated outcomes – while becoming more stable as an institution, more visible within the United Nations system and more useful to the decision-makers who shape digital policy at the national, regional and global levels."),
      ],
    },
    {
      title: "A permanent and sustainable institution",
      ownerGroup: "wg4",
      status: "draft",
      content: [
        p("The IGF we need is a permanent part of the United Nations system. After twenty years, the Forum has outgrown a model of periodic mandate renewal that obliges it to justify its existence at each review. We recommend that the IGF become a permanent structure, not subject to periodic mandate extensions, with its continued relevance ensured instead through regular evaluation and improvement undertaken with the full participation of its community."),
        p("Permanence should be accompanied by institutional clarity. The respective roles of the MAG, the Leadership Panel where it is continued, the IGF Secretariat and the host country should be set out in a form that all stakeholders can consult, together with the processes by which MAG members are selected and renewed. Recommendations from earlier reviews that remain unimplemented should be revisited before new structures are created, and any new body should demonstrably add value rather than duplicate existing functions."),
        h3("Place in the digital cooperation architecture"),
        p("The IGF should have a clearly defined relationship with other parts of the digital cooperation architecture, including the follow-up to the Global Digital Compact, the WSIS Forum and the Global Dialogue on AI Governance. As the United Nations’ principal multistakeholder forum on Internet governance, it is well placed to host inclusive discussion of emerging issues, including many of the governance questions raised by artificial intelligence, and to carry the views of its community into intergovernmental deliberations."),
      ],
    },
    {
      title: "A properly resourced Forum",
      ownerGroup: "wg1",
      status: "draft",
      content: [
        p("The IGF we need has predictable resources commensurate with its mandate. We recommend that the Forum’s core functions, including a Secretariat adequately staffed to support the MAG, intersessional work and the NRIs, be funded through the regular budget of the United Nations. Regular budget support would not replace voluntary contributions, which should continue to be welcomed from governments, the private sector, the technical community, civil society and philanthropic organizations in support of specific activities."),
        p("A comprehensive funding strategy should underpin this model. It should set out clear value propositions for each category of funder, identify dedicated capacity for fundraising outreach, and explore innovative mechanisms that allow stakeholders of every size, including development banks and foundations, to contribute. Reporting to donors should be transparent and should link contributions to concrete results, so that the value of investing in multistakeholder dialogue is clearly visible to those asked to support it."),
      ],
    },
    {
      title: "Outcomes that reach decision-makers",
      ownerGroup: "wg3",
      status: "draft",
      content: [
        h3("Reviewing the intersessional work model"),
        p("The IGF we need produces outputs that make a difference. Its intersessional work already generates a substantial body of expertise, yet this is too rarely visible to the policymakers who could use it. We recommend that the intersessional work model be reviewed in order to consolidate modalities where appropriate, to set clear objectives and timelines for each activity, and to ensure that every activity concludes with an output designed for a defined audience."),
        p("The Internet We Want framework should be used to measure progress on the issues discussed at the IGF and in the Global Digital Compact, giving the Forum a consistent way of reporting on developments over time. The IGF’s messages and policy recommendations should be communicated to Member States, United Nations bodies and regional organizations through regular and structured channels, and the Forum should invite feedback on how its outputs have been used."),
        p("Impact also depends on clarity about what the IGF is not. The IGF does not negotiate binding outcomes, and its value lies precisely in the open exchange this allows. Its outputs should therefore be framed as evidence, options and messages from a multistakeholder community, presented alongside agreed UN language where relevant, so that decision-makers can draw on them without mistaking them for negotiated texts."),
      ],
    },
    {
      title: "A Forum rooted in national and regional communities",
      ownerGroup: "wg2",
      status: "draft",
      content: [
        p("The IGF we need is a networked Forum, whose global meeting is only one part of a year-round ecosystem. The NRIs are the foundation of that ecosystem. We recommend that their role be formally recognized, that the IGF Secretariat be resourced to support them, and that their operational models be mapped and documented so that newer initiatives can learn from established ones through structured peer-to-peer exchange."),
        p("NRIs should serve as a channel through which best practices and policy frameworks reach national policymakers, and through which national experience informs global dialogue. They are well placed to support implementation of the Global Digital Compact at the national level and to work with UN Resident Coordinators and the regional commissions. Member States should be introduced to the NRIs in their own countries and regions, and NRIs should be consulted on how they wish to engage with their governments."),
        p("Sustainability for NRIs depends on local ownership. NRIs should continue to build community participation and to mobilize resources from local stakeholders, supported where possible by connections to development agencies and to existing capacity-building and fellowship programmes. Accessibility and inclusion requirements aligned with the UN Disability Inclusion Strategy and the accessibility guidelines of the Dynamic Coalition on Accessibility and Disability should apply across NRI operations, as they do at the global meeting."),
      ],
    },
    {
      title: "An annual meeting for the next decade",
      ownerGroup: "wg5",
      status: "draft",
      content: [
        p("The IGF we need convenes an annual meeting that is focused, inclusive and consequential. The meeting should be organized around a limited number of themes linked to the intersessional work and to the Internet We Want framework, with fewer parallel sessions and more opportunities for substantive exchange across stakeholder groups. Dedicated space should be given to NRIs, youth and parliamentarians, and high-level participation should be structured to produce genuine dialogue rather than a sequence of statements."),
        p("Every annual meeting should meet consistent standards of accessibility and inclusion, drawing on the good practice established by the host country of IGF 2025 and on the UN Disability Inclusion Strategy. Hybrid participation should be treated as a permanent feature of the Forum rather than an addition, and the IGF Code of Conduct should continue to ensure that discussions remain issue-focused and respectful. We recommend that these expectations be published for prospective host countries well in advance."),
      ],
    },
  ],
};

export const DEMO_DOCUMENTS: DemoDocument[] = [ELEMENTS_PAPER_RESPONSE, IGF_WE_NEED];
