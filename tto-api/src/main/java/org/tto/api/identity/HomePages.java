package org.tto.api.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tto.api.shared.Languages;
import org.tto.api.shared.WebPage;
import org.tto.disclosure.DisclosureSearch;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.DueDeadline;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;
import org.tto.identity.Role;
import org.tto.workflow.disclosure.CaseTasks;
import org.tto.workflow.disclosure.CaseTasks.CaseTask;
import org.tto.workflow.disclosure.InventionDisclosureProcess.Elements;

/** The sign-in page, each role's home page, and the profile with the user's language. */
@WebPage
class HomePages {

    private final Directory directory;
    private final DisclosureService cases;
    private final CaseTasks tasks;
    private final LocaleResolver locales;
    private final Clock clock;
    private final ObjectProvider<ClientRegistrationRepository> providers;

    HomePages(Directory directory, DisclosureService cases, CaseTasks tasks, LocaleResolver locales,
            Clock clock, ObjectProvider<ClientRegistrationRepository> providers) {
        this.providers = providers;
        this.clock = clock;
        this.directory = directory;
        this.cases = cases;
        this.tasks = tasks;
        this.locales = locales;
    }

    /** The sign-in form, and a button for each identity provider configured (OpenID Connect). */
    @GetMapping("/login")
    String signIn(Model model) {
        List<ClientRegistration> found = new ArrayList<>();
        if (providers.getIfAvailable() instanceof Iterable<?> registrations) {
            registrations.forEach(r -> found.add((ClientRegistration) r));
        }
        model.addAttribute("providers", found);
        return "identity/login";
    }

    @GetMapping("/")
    String home(Actor actor, Model model) {
        model.addAttribute("role", actor.role().name());
        if (actor.is(Role.INVENTOR, Role.OFFICER, Role.DIRECTOR)) {
            List<CaseTask> inbox = tasks.inbox(actor);
            model.addAttribute("tasks", inbox);
            model.addAttribute("decisions", inbox.stream()
                    .filter(task -> Elements.DECIDE_PROTECTION.equals(task.key())).count());
        }
        if (actor.is(Role.INVENTOR)) {
            Page<InventionDisclosure> mine = cases.search(actor, new DisclosureSearch(null, null, null, 0, 5));
            model.addAttribute("disclosures", mine.getContent());
            model.addAttribute("disclosureCount", mine.getTotalElements());
        }
        if (actor.is(Role.OFFICER, Role.DIRECTOR)) {
            List<DueDeadline> due = cases.deadlinesDue(actor, DisclosureService.DEADLINE_HORIZON_DAYS);
            model.addAttribute("deadlineCount", due.size());
            model.addAttribute("overdueCount", due.stream().filter(d -> d.deadline().dueDate()
                    .isBefore(LocalDate.now(clock))).count());
            model.addAttribute("days", DisclosureService.DEADLINE_HORIZON_DAYS);
        }
        return "identity/home";
    }

    @GetMapping("/profile")
    String profile(Actor actor, Model model) {
        AppUser user = directory.user(actor.username()).orElseThrow();
        model.addAttribute("user", user);
        model.addAttribute("actor", actor);
        model.addAttribute("languages", Languages.ALL);
        model.addAttribute("chosen", user.language().orElse(null));
        return "identity/profile";
    }

    /** Keeps the language in the profile and switches the pages to it at once. */
    @PostMapping("/profile/language")
    String chooseLanguage(Actor actor, @RequestParam(required = false) String language, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        var chosen = Languages.of(language);
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("languageError", true);
            return "redirect:/profile";
        }
        directory.chooseLanguage(actor.username(), chosen.get().tag());
        locales.setLocale(request, response, chosen.get().locale());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/profile";
    }
}
